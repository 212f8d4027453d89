"""Identity resolution: each mention lands on the right document, or on a visible stub, never a wrong one."""

from __future__ import annotations

import json

import pytest

import loaders
from graph.build import build_batch, sentence_bounds
from graph.model import text_hash
from graph.resolve import annotate, key_for
from loaders.model import (
    Agency,
    DocumentInfo,
    DocumentRelation,
    Event,
    Extraction,
    Person,
    Reference,
)
from tests.conftest import SEED_DIR


def mention(text: str, surface: str, symbol: str, nth: int = 0, **fields) -> Reference:
    """A Reference for the nth occurrence of `surface` in `text`, as the extractor would give it."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    family = "party" if "-" in symbol.split("/")[0] else "state"
    return Reference(start=start, end=start + len(surface), surface=surface, family=family,
                     doc_type=fields.pop("doc_type", None), number=symbol.split("-")[0].split("/")[0],
                     symbol=symbol, **fields)


def article(text: str, refs: list[Reference], date: str | None = None, locality: str | None = None,
            source: str = "article.txt", **more) -> Extraction:
    return Extraction(source=source, document=DocumentInfo(title=text.split(".")[0], date=date, locality=locality),
                      references=refs, text=text, **more)


def resolved(ex: Extraction) -> list[tuple[str | None, str | None]]:
    return [(r.key, r.resolved_date) for r in annotate(ex).references]


# ------------------------------------------------------------------ the seed article


def _seed_gold() -> tuple[str, dict]:
    txt = sorted(SEED_DIR.glob("*.txt"))
    if not txt:
        pytest.skip("the seed article is not on this machine")
    return txt[0].read_text(encoding="utf-8"), json.loads(txt[0].with_suffix(".json").read_text(encoding="utf-8"))


def test_seed_references_resolve_as_the_gold_says():
    text, gold = _seed_gold()
    names = set(Reference.__dataclass_fields__) - {"key", "resolved_date"}
    refs = [Reference(**{k: v for k, v in g.items() if k in names}) for g in gold["references"]]
    ex = annotate(article(text, refs, locality=gold["locality"]))
    got = {(r.symbol, r.start): (r.key, r.resolved_date) for r in ex.references}
    assert got[("35-NQ/TW", 934)] == ("35-NQ/TW@2018", "2018-10-22")
    assert got[("05-CT/TW", 807)] == ("05-CT/TW@2016", "2016-05-15")
    assert got[("21-KL/TW", 641)] == ("21-KL/TW@2021", "2021-10-25")
    assert got[("02-NQ/TU", 1225)] == got[("02-NQ/TU", 3648)] == ("02-NQ/TU@quang-tri@2021", "2021-10-04")
    assert [r.resolved_date for r in ex.references] == [g["resolved_date"] for g in gold["references"]]


def test_seed_through_the_extractor(seed_path):
    ex = annotate(loaders.extract(loaders.read(seed_path)))
    if not ex.references:
        pytest.skip("the reference extractor finds nothing yet")
    keys = {r.key for r in ex.references}
    assert {"35-NQ/TW@2018", "05-CT/TW@2016", "02-NQ/TU@quang-tri@2021"} <= keys


# ------------------------------------------------------------------ central documents


TEXT_18 = "Các cấp ủy tiếp tục quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương trong toàn tỉnh."


@pytest.mark.parametrize("citing, expected", [
    ("2023-05-10", ("18-NQ/TW@2022", "2022-06-16")),
    ("2019-03-01", ("18-NQ/TW@2017", "2017-10-25")),
    ("2017-01-01", ("18-NQ/TW@unknown", None)),  # both are later than the citing article
])
def test_undated_mention_takes_the_latest_before_the_citing_document(citing, expected):
    ex = article(TEXT_18, [mention(TEXT_18, "Nghị quyết số 18-NQ/TW", "18-NQ/TW")], date=citing)
    assert resolved(ex) == [expected]


def test_without_any_date_an_ambiguous_symbol_stays_a_stub():
    text = "Học tập Nghị quyết số 18-NQ/TW."
    assert resolved(article(text, [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW")])) == [
        ("18-NQ/TW@unknown", None)]


def test_the_title_next_to_the_mention_beats_recency():
    text = ("Năm 2025, tỉnh tiếp tục thực hiện Nghị quyết số 18-NQ/TW về một số vấn đề về tiếp tục đổi mới, "
            "sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.")
    ex = article(text, [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW")], date="2025-02-01")
    assert resolved(ex) == [("18-NQ/TW@2017", "2017-10-25")]


def test_the_term_decides():
    text = "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII."
    ex = article(text, [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", term="XII")], date="2024-01-01")
    assert resolved(ex) == [("18-NQ/TW@2017", "2017-10-25")]
    text = "Thực hiện Chỉ thị số 05-CT/TW khóa XIII."
    ex = article(text, [mention(text, "Chỉ thị số 05-CT/TW", "05-CT/TW", term="XIII")], date="2024-01-01")
    assert resolved(ex) == [("05-CT/TW@unknown", None)]  # the catalogue knows only the term XII one


def test_the_issuer_narrows_the_candidates():
    text = "Quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị và Nghị quyết số 12-NQ/TW khác."
    refs = [mention(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", issuer="Bộ Chính trị")]
    assert resolved(article(text, refs, date="2024-06-01")) == [("12-NQ/TW@2022", "2022-03-16")]
    refs = [mention(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", issuer="Ban Chấp hành Trung ương")]
    assert resolved(article(text, refs, date="2024-06-01")) == [("12-NQ/TW@2012", "2012-01-16")]


def test_a_date_next_to_the_mention_wins_even_outside_the_catalogue():
    text = "Nghị quyết số 10-NQ/TW ngày 02/02/1999 của Bộ Chính trị."
    ex = article(text, [mention(text, "Nghị quyết số 10-NQ/TW", "10-NQ/TW", date="1999-02-02")], date="2022-01-01")
    assert resolved(ex) == [("10-NQ/TW@1999", "1999-02-02")]


def test_other_mentions_in_the_text_carry_their_date_to_short_forms():
    text = ("Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư đã được triển khai. "
            "Việc thực hiện Kết luận 100 đạt kết quả tốt.")
    refs = [mention(text, "Kết luận số 100-KL/TW", "100-KL/TW", date="2014-08-18"),
            mention(text, "Kết luận 100", "100-KL/TW", short_form=True)]
    assert resolved(article(text, refs)) == [("100-KL/TW@2014", "2014-08-18")] * 2


def test_a_quy_dinh_printed_qd_meets_its_qdi_node():
    text = "Thực hiện Quy định số 08-QĐ/TW về trách nhiệm nêu gương."
    ex = article(text, [mention(text, "Quy định số 08-QĐ/TW", "08-QĐ/TW")], date="2020-01-01")
    assert resolved(ex) == [("08-QĐi/TW@2018", "2018-10-25")]


def test_a_document_cannot_cite_one_issued_after_it():
    text = "Thực hiện Nghị quyết số 57-NQ/TW."
    ex = article(text, [mention(text, "Nghị quyết số 57-NQ/TW", "57-NQ/TW")], date="2020-05-01")
    assert resolved(ex) == [("57-NQ/TW@unknown", None)]
    ex = article(text, [mention(text, "Nghị quyết số 57-NQ/TW", "57-NQ/TW")], date="2025-05-01")
    assert resolved(ex) == [("57-NQ/TW@2024", "2024-12-22")]


def test_an_unknown_symbol_is_a_stub_not_a_neighbour():
    text = "Theo Kết luận số 999-KL/TW của Bộ Chính trị."
    ex = article(text, [mention(text, "Kết luận số 999-KL/TW", "999-KL/TW")], date="2024-01-01")
    assert resolved(ex) == [("999-KL/TW@unknown", None)]


# ------------------------------------------------------------------ local and State documents


def test_local_scopes_take_the_province():
    text = "Triển khai Nghị quyết số 02-NQ/TU ngày 04/10/2021 của Tỉnh ủy."
    ref = lambda **kw: mention(text, "Nghị quyết số 02-NQ/TU", "02-NQ/TU", date="2021-10-04", **kw)  # noqa: E731
    assert resolved(article(text, [ref()], locality="Quảng Trị")) == [("02-NQ/TU@quang-tri@2021", "2021-10-04")]
    assert resolved(article(text, [ref()], locality="Hà Tĩnh"))[0][0] == "02-NQ/TU@ha-tinh@2021"
    assert resolved(article(text, [ref(scope_locality="Nghệ An")], locality="Hà Tĩnh"))[0][0] == (
        "02-NQ/TU@nghe-an@2021")
    assert resolved(article(text, [ref()]))[0][0] == "02-NQ/TU@unknown"  # no province: never merged


def test_a_local_symbol_never_takes_a_central_date():
    text = "Thực hiện Nghị quyết số 18-NQ/TU của Tỉnh ủy."
    ex = article(text, [mention(text, "Nghị quyết số 18-NQ/TU", "18-NQ/TU")], date="2023-01-01", locality="Hà Tĩnh")
    assert resolved(ex) == [("18-NQ/TU@ha-tinh@unknown", None)]


def test_state_symbols():
    text = ("Căn cứ Nghị định số 15/2020/NĐ-CP; Quyết định số 25/2021/QĐ-UBND; "
            "Quyết định số 749/QĐ-TTg ngày 03/6/2020; Quyết định số 1234/QĐ-UBND.")
    refs = [mention(text, "Nghị định số 15/2020/NĐ-CP", "15/2020/NĐ-CP"),
            mention(text, "Quyết định số 25/2021/QĐ-UBND", "25/2021/QĐ-UBND"),
            mention(text, "Quyết định số 749/QĐ-TTg", "749/QĐ-TTg", date="2020-06-03"),
            mention(text, "Quyết định số 1234/QĐ-UBND", "1234/QĐ-UBND")]
    assert resolved(article(text, refs, date="2021-09-01", locality="Bắc Giang")) == [
        ("15/2020/NĐ-CP", None), ("25/2021/QĐ-UBND@bac-giang", None), ("749/QĐ-TTg@2020", "2020-06-03"),
        ("1234/QĐ-UBND@bac-giang@unknown", None)]


@pytest.mark.parametrize("symbol, year, locality, key", [
    ("35-NQ/TW", 2018, None, "35-NQ/TW@2018"),
    ("35-NQ/TW", None, None, "35-NQ/TW@unknown"),
    ("02-NQ/TU", 2021, "Quảng Trị", "02-NQ/TU@quang-tri@2021"),
    ("33-HD/BTCTW", 2020, "Thái Nguyên", "33-HD/BTCTW@2020"),
    ("59/2020/QH14", None, None, "59/2020/QH14"),
    ("123/UBND-VX", 2022, "Hà Nội", "123/UBND-VX@ha-noi@2022"),
])
def test_keys(symbol, year, locality, key):
    assert key_for(symbol, year, locality) == key


# ------------------------------------------------------------------ a batch


def test_dated_mentions_elsewhere_in_the_batch_resolve_undated_ones():
    a_text = "Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư về công tác dân vận."
    b_text = "Tiếp tục thực hiện Kết luận số 100-KL/TW của Ban Bí thư."
    a = article(a_text, [mention(a_text, "Kết luận số 100-KL/TW", "100-KL/TW", date="2014-08-18")],
                date="2015-01-01", source="a.txt")
    b = article(b_text, [mention(b_text, "Kết luận số 100-KL/TW", "100-KL/TW")], date="2016-01-01", source="b.txt")
    assert resolved(b) == [("100-KL/TW@unknown", None)]  # alone, nothing tells
    build_batch([a, b])
    assert (b.references[0].key, b.references[0].resolved_date) == ("100-KL/TW@2014", "2014-08-18")
    early = article(b_text, [mention(b_text, "Kết luận số 100-KL/TW", "100-KL/TW")], date="2013-01-01",
                    source="c.txt")
    build_batch([a, early])
    assert early.references[0].key == "100-KL/TW@unknown"  # a 2013 text cannot cite the 2014 one


def test_batch_evidence_respects_the_province():
    a_text = "Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Tỉnh ủy."
    b_text = "Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy."
    a = article(a_text, [mention(a_text, "Nghị quyết số 05-NQ/TU", "05-NQ/TU", date="2021-03-10")],
                date="2021-04-01", locality="Nghệ An", source="a.txt")
    same = article(b_text, [mention(b_text, "Nghị quyết số 05-NQ/TU", "05-NQ/TU")], date="2022-01-01",
                   locality="Nghệ An", source="b.txt")
    other = article(b_text, [mention(b_text, "Nghị quyết số 05-NQ/TU", "05-NQ/TU")], date="2022-01-01",
                    locality="Hà Tĩnh", source="c.txt")
    build_batch([a, same, other])
    assert same.references[0].key == "05-NQ/TU@nghe-an@2021"
    assert other.references[0].key == "05-NQ/TU@ha-tinh@unknown"


def test_a_relation_between_cited_documents_must_fit_their_dates_and_levels():
    """A title or passive clause misread across "và …" must not make an older document act on a newer
    one, nor a central resolution act on a province's."""
    text = ("Hội nghị quán triệt Nghị quyết số 05-NQ/TU, ngày 12/4/2021 của Tỉnh ủy Nghệ An về phát triển "
            "du lịch và chuẩn bị triển khai Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung "
            "ương. Tổng kết Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị và 2 năm thực hiện Kết luận "
            "số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị. Kế hoạch số 12-KH/TU thực hiện Nghị quyết số "
            "18-NQ/TW.")
    refs = [mention(text, "Nghị quyết số 05-NQ/TU", "05-NQ/TU", date="2021-04-12", issuer="Tỉnh ủy Nghệ An"),
            mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="2022-06-16"),
            mention(text, "Chỉ thị số 05-CT/TW", "05-CT/TW", date="2016-05-15"),
            mention(text, "Kết luận số 01-KL/TW", "01-KL/TW", date="2021-05-18"),
            mention(text, "Kế hoạch số 12-KH/TU", "12-KH/TU"),
            mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", nth=1)]
    ex = article(text, refs, date="2023-05-12", locality="Nghệ An", relations=[
        DocumentRelation("18-NQ/TW", "05-NQ/TU", "implements"),
        DocumentRelation("05-CT/TW", "01-KL/TW", "implements"),
        DocumentRelation("12-KH/TU", "18-NQ/TW", "implements")])
    pairs = {(c.src, c.dst) for c in build_batch([ex]).cites if not c.src.startswith("article:")}
    assert pairs == {("12-KH/TU@nghe-an@unknown", "18-NQ/TW@2022")}


def test_the_graph_of_an_article():
    text = ("Hội nghị sơ kết. Chiều ngày 22/9/2023, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị. "
            "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW. "
            "Nghị quyết 35-NQ/TW được quán triệt. Sau đó, Nghị quyết 35-NQ/TW tiếp tục được triển khai.")
    refs = [mention(text, "Kết luận số 01-KL/TW", "01-KL/TW", relation="implements"),
            mention(text, "Chỉ thị số 05-CT/TW", "05-CT/TW"),
            mention(text, "Nghị quyết 35-NQ/TW", "35-NQ/TW"),
            mention(text, "Nghị quyết 35-NQ/TW", "35-NQ/TW", nth=1, relation="continues")]
    ex = article(text, refs, date="2023-09-22", locality="Quảng Trị", source="/data/a.txt",
                 relations=[DocumentRelation("01-KL/TW", "05-CT/TW", "continues")],
                 agencies=[Agency(0, 0, "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Quảng Trị", "Quảng Trị", "party")],
                 persons=[Person(0, 0, "Nguyễn Quốc Khánh", "Nguyễn Quốc Khánh", "Phó Trưởng Ban",
                                 "Ban Tuyên giáo Tỉnh ủy Quảng Trị")],
                 events=[Event(0, 0, "hội nghị", "Hội nghị sơ kết", "2023-09-22", "conference",
                               ["Ban Tuyên giáo Tỉnh ủy Quảng Trị"], ["Nguyễn Quốc Khánh"])])
    batch = build_batch([ex])
    docs = {d.key: d for d in batch.documents}
    me_key = "article:" + text_hash(text)  # keyed by its text, not its path
    assert batch.sources == [me_key]
    me = docs[me_key]
    assert not me.is_stub and me.kind == "article" and me.date == "2023-09-22" and me.text_hash
    assert me.paths == ["/data/a.txt"] and me.source == "/data/a.txt"
    cited = docs["35-NQ/TW@2018"]
    assert cited.is_stub and cited.issuer == "Bộ Chính trị" and cited.term == "XII" and cited.kind == "resolution"
    assert cited.source is None
    cites = {(c.src, c.dst): c for c in batch.cites}
    c35 = cites[(me_key, "35-NQ/TW@2018")]
    assert c35.count == 2 and c35.relation == "continues"
    assert c35.snippet == "Sau đó, Nghị quyết 35-NQ/TW tiếp tục được triển khai."
    assert text[c35.start:c35.end] == c35.surface
    assert cites[(me_key, "05-CT/TW@2016")].relation == "mentions"
    assert cites[("01-KL/TW@2021", "05-CT/TW@2016")].relation == "continues"
    links = {(link.type, link.src, link.dst) for link in batch.links}
    agency = "agency:ban-tuyen-giao-tinh-uy@quang-tri"
    assert ("MENTIONS", me_key, agency) in links
    assert ("HOLDS_ROLE", "person:nguyen-quoc-khanh@quang-tri", agency) in links
    event = "event:hoi-nghi-so-ket@quang-tri@2023-09-22"
    assert {("REPORTS", me_key, event), ("ORGANIZED_BY", event, agency),
            ("CHAIRED_BY", event, "person:nguyen-quoc-khanh@quang-tri"),
            ("ISSUED_BY", "35-NQ/TW@2018", "agency:bo-chinh-tri")} <= links


def test_a_document_with_its_own_symbol_is_keyed_by_it():
    text = "QUYẾT ĐỊNH số 4216/QĐ-UBND. Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020."
    ex = article(text, [mention(text, "Quyết định số 749/QĐ-TTg", "749/QĐ-TTg", date="2020-06-03")],
                 date="2020-10-06", locality="Thanh Hóa")
    ex.document.symbol = "4216/QĐ-UBND"
    batch = build_batch([ex])
    assert batch.sources == ["4216/QĐ-UBND@thanh-hoa@2020"]
    assert {(c.src, c.dst) for c in batch.cites} == {("4216/QĐ-UBND@thanh-hoa@2020", "749/QĐ-TTg@2020")}


def test_sentence_bounds_ignore_abbreviations():
    text = "Mở đầu. Tại TP. Hồ Chí Minh, Nghị quyết 35-NQ/TW được quán triệt. Hết."
    s, e = sentence_bounds(text, text.index("Nghị"), text.index("Nghị") + 19)
    assert text[s:e] == "Tại TP. Hồ Chí Minh, Nghị quyết 35-NQ/TW được quán triệt."


def test_an_own_date_earlier_than_a_dated_citation_is_not_trusted():
    text = ("Quy định 08 về trách nhiệm nêu gương. Thực hiện Quy định số 101-QĐ/TW ngày 07/6/2012 và "
            "Quy định số 55-QĐ/TW ngày 19/12/2016; nay Quy định số 08-QĐi/TW ra đời.")
    refs = [mention(text, "Quy định số 101-QĐ/TW", "101-QĐ/TW", date="2012-06-07"),
            mention(text, "Quy định số 55-QĐ/TW", "55-QĐ/TW", date="2016-12-19"),
            mention(text, "Quy định số 08-QĐi/TW", "08-QĐi/TW")]
    # the date found for the article (2012) is one of its citations': it cannot cite a 2016 text
    assert resolved(article(text, refs, date="2012-06-07"))[2] == ("08-QĐi/TW@2018", "2018-10-25")


def test_a_document_naming_itself_does_not_cite_itself():
    text = "Kế hoạch số 186/KH-UBND của UBND tỉnh. Căn cứ Nghị quyết số 57-NQ/TW; Kế hoạch 186/KH-UBND này."
    refs = [mention(text, "Nghị quyết số 57-NQ/TW", "57-NQ/TW"), mention(text, "Kế hoạch 186/KH-UBND", "186/KH-UBND")]
    ex = article(text, refs, date="2025-12-29", locality="Bắc Ninh")
    ex.document.symbol = "186/KH-UBND"
    batch = build_batch([ex])
    assert ex.references[1].key == "186/KH-UBND@bac-ninh@2025" == batch.sources[0]
    assert [(c.src, c.dst) for c in batch.cites] == [("186/KH-UBND@bac-ninh@2025", "57-NQ/TW@2024")]
    me = next(d for d in batch.documents if d.key == batch.sources[0])
    assert me.kind == "plan" and not me.is_stub and me.doc_type == "KH"


def test_a_provincial_term_is_not_a_central_one():
    a_text = "Nghị quyết số 10-NQ/TU ngày 14/11/2016 của Tỉnh ủy."
    b_text = "Thực hiện Nghị quyết số 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XIII."
    a = article(a_text, [mention(a_text, "Nghị quyết số 10-NQ/TU", "10-NQ/TU", date="2016-11-14")],
                date="2017-01-01", locality="Ninh Thuận", source="a.txt")
    b = article(b_text, [mention(b_text, "Nghị quyết số 10-NQ/TU", "10-NQ/TU", term="XIII")],
                date="2018-01-01", locality="Ninh Thuận", source="b.txt")
    build_batch([a, b])
    assert b.references[0].key == "10-NQ/TU@ninh-thuan@2016"


def test_cited_nodes_say_what_kind_of_document_they_are():
    text = "Căn cứ Nghị quyết số 1210/2016/UBTVQH13 và Luật số 77/2015/QH13, Nghị định số 15/2020/NĐ-CP."
    refs = [mention(text, "Nghị quyết số 1210/2016/UBTVQH13", "1210/2016/UBTVQH13", doc_type="L"),
            mention(text, "Luật số 77/2015/QH13", "77/2015/QH13", doc_type="L"),
            mention(text, "Nghị định số 15/2020/NĐ-CP", "15/2020/NĐ-CP", doc_type="NĐ")]
    docs = {d.key: d for d in build_batch([article(text, refs, date="2021-01-01")]).documents}
    assert [docs[k].kind for k in ("1210/2016/UBTVQH13", "77/2015/QH13", "15/2020/NĐ-CP")] == [
        "resolution", "law", "decree"]
    assert docs["15/2020/NĐ-CP"].year == 2020 and docs["15/2020/NĐ-CP"].is_stub


def test_a_later_mention_keeps_the_province_its_first_mention_names():
    text = ("Học tập Nghị quyết số 02-NQ/TU ngày 04/10/2021 của Tỉnh ủy Quảng Trị về chuyển đổi số. "
            "Hà Tĩnh vận dụng Nghị quyết 02-NQ/TU vào thực tiễn.")
    refs = [mention(text, "Nghị quyết số 02-NQ/TU", "02-NQ/TU", date="2021-10-04", issuer="Tỉnh ủy Quảng Trị"),
            mention(text, "Nghị quyết 02-NQ/TU", "02-NQ/TU")]
    ex = article(text, refs, date="2022-01-01", locality="Hà Tĩnh")
    assert resolved(ex) == [("02-NQ/TU@quang-tri@2021", "2021-10-04")] * 2
    assert {d.locality for d in build_batch([ex]).documents if d.is_stub} == {"Quảng Trị"}


def test_same_day_takes_the_date_of_the_mention_before():
    text = ("Sơ kết Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương và "
            "Nghị quyết số 19-NQ/TW cùng ngày về đơn vị sự nghiệp công lập.")
    refs = [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="2017-10-25"),
            mention(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW")]
    assert resolved(article(text, refs, date="2022-09-28"))[1] == ("19-NQ/TW@2017", "2017-10-25")


def test_same_day_takes_the_resolved_date_of_an_undated_mention_before():
    text = ("Quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII và "
            "Nghị quyết số 19-NQ/TW cùng ngày về đơn vị sự nghiệp công lập.")
    refs = [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", term="XII"),
            mention(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW")]
    assert resolved(article(text, refs, date="2024-03-05")) == [("18-NQ/TW@2017", "2017-10-25"),
                                                               ("19-NQ/TW@2017", "2017-10-25")]


def test_same_day_after_a_list_dates_every_item_of_the_list():
    text = ("Học tập Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương và các "
            "Nghị quyết số 19-NQ/TW, Nghị quyết số 20-NQ/TW cùng ngày của Hội nghị Trung ương 6.")
    refs = [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="2017-10-25"),
            mention(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW"),
            mention(text, "Nghị quyết số 20-NQ/TW", "20-NQ/TW")]
    assert [k for k, _ in resolved(article(text, refs, date="2024-03-05"))] == [
        "18-NQ/TW@2017", "19-NQ/TW@2017", "20-NQ/TW@2017"]


def test_same_day_chains_and_reaches_an_earlier_headline_mention():
    text = ("Nghị quyết 19-NQ/TW vào cuộc sống. Tỉnh ủy quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017, "
            "Nghị quyết số 19-NQ/TW cùng ngày, Nghị quyết số 20-NQ/TW (ban hành cùng ngày).")
    refs = [mention(text, "Nghị quyết 19-NQ/TW", "19-NQ/TW"),
            mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="2017-10-25"),
            mention(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW"),
            mention(text, "Nghị quyết số 20-NQ/TW", "20-NQ/TW")]
    assert {k for k, _ in resolved(article(text, refs, date="2024-03-05"))} == {
        "18-NQ/TW@2017", "19-NQ/TW@2017", "20-NQ/TW@2017"}


def test_the_mentions_own_title_names_the_document():
    text = "Năm 2025, Lâm Đồng tiếp tục thực hiện Nghị quyết 18-NQ/TW và các văn bản khác của tỉnh."
    ref = mention(text, "Nghị quyết 18-NQ/TW", "18-NQ/TW", title="sắp xếp tổ chức bộ máy của hệ thống chính trị")
    assert resolved(article(text, [ref], date="2025-05-01")) == [("18-NQ/TW@2017", "2017-10-25")]


def test_a_date_without_its_year_picks_the_catalogued_document_of_that_day():
    text = "Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6 của Ban Chấp hành Trung ương."
    ref = mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="--06-16")
    assert resolved(article(text, [ref], date="2025-01-01")) == [("18-NQ/TW@2022", "2022-06-16")]
    ref = mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="--10-25")
    assert resolved(article(text, [ref], date="2025-01-01")) == [("18-NQ/TW@2017", "2017-10-25")]


def test_an_own_date_equal_to_a_cited_date_is_taken_for_that_documents():
    text = "Tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 gắn với Nghị quyết số 57-NQ/TW."
    refs = [mention(text, "Chỉ thị số 05-CT/TW", "05-CT/TW", date="2016-05-15"),
            mention(text, "Nghị quyết số 57-NQ/TW", "57-NQ/TW")]
    assert resolved(article(text, refs, date="2016-05-15"))[1] == ("57-NQ/TW@2024", "2024-12-22")
