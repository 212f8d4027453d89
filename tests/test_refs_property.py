"""Extraction never raises, and every span is the surface it claims, on arbitrary and mutated text."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.references import find_references

REALISTIC = (
    "Căn cứ Nghị quyết số 41 - NQ/TW ngày 10/10/2023 của Bộ Chính trị khóa XIII; các Nghị quyết số 27, 28-NQ/TW; "
    "Nghị định số 31/2017/NĐCP và 72/2018/NĐ-CP (sau đây gọi tắt là Nghị định 31). Tiếp tục thực hiện NQ 41, "
    "Số: 1377/QĐ-UBND, Thông tư 26-2021-TT-BGDĐT, Nghị quyết Trung ương 8 khóa XIII, Công văn 1280 của Ban Tổ chức TW."
)
NOISE = ["\u200b", "\u00ad", "\u00a0", "\u2013", "\u00d0", "\n", " ", "-", "/", "số ", "\u0301", "\u0323", "TƯ", "1"]


def assert_spans(text: str) -> None:
    found = find_references(text)
    for r in found.references:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.surface
    for o in found.other_references:
        assert text[o.start:o.end] == o.surface


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    assert_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(REALISTIC)), st.sampled_from(NOISE)), max_size=12),
       st.sampled_from(["NFC", "NFD"]))
def test_mutated_realistic_text_keeps_spans(insertions, form):
    text = REALISTIC
    for pos, noise in sorted(insertions, reverse=True):
        text = text[:pos] + noise + text[pos:]
    assert_spans(unicodedata.normalize(form, text))


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(REALISTIC)), st.integers(0, len(REALISTIC)))
def test_any_slice_keeps_spans(a, b):
    assert_spans(REALISTIC[min(a, b):max(a, b)])


def test_nfd_finds_what_nfc_finds():
    nfc = [r.symbol for r in find_references(REALISTIC).references]
    nfd = [r.symbol for r in find_references(unicodedata.normalize("NFD", REALISTIC)).references]
    assert nfc == nfd and len(nfc) >= 8


TOKENS = st.sampled_from(
    list("0123456789-/–:; ,.()\n\u00a0\u200b\u00ad\u0301\u0323ÐđĐNQTWCPUBNDHKLƯ")
    + ["Nghị quyết ", "số ", "NĐ-CP", "/QĐ-UBND", "-NQ/TW", "ngày 22/10/2018 ", "Căn cứ ", "(gọi tắt là ", "Số: ",
       "khóa XII ", "của Bộ Chính trị ", "Tỉnh ủy ", "và ", "Chỉ thị "])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOKENS, max_size=60).map("".join), st.sampled_from(["NFC", "NFD"]))
def test_citation_like_token_soup_keeps_spans(text, form):
    assert_spans(unicodedata.normalize(form, text))
