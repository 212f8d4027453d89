"""Identity resolution: each mention lands on the right document, or on a visible stub, never a wrong one."""

from __future__ import annotations

from pathlib import Path

import pytest

import loaders
from graph.build import build_batch, sentence_bounds
from graph.catalogue import Catalogue, CatalogueEntry
from graph.model import text_hash
from graph.resolve import annotate, explain, key_for
from loaders.model import (
    Agency,
    DocumentInfo,
    DocumentRelation,
    Event,
    Extraction,
    Person,
    Reference,
)
from tests.conftest import SEED_TEXT, seed_gold

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


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
    return SEED_TEXT.read_text(encoding="utf-8"), seed_gold()


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


def test_seed_article_resolves_every_central_and_local_mention():
    """The Quảng Trị article (examples/): each mention lands on the document its gold names."""
    ex = annotate(loaders.extract(loaders.read(EXAMPLES / "quang-tri-hoi-nghi-khoa-giao-2023.txt")))
    got = [(r.symbol, r.key, r.resolved_date) for r in ex.references]
    assert got == [
        ("21-KL/TW", "21-KL/TW@2021", "2021-10-25"),
        ("01-KL/TW", "01-KL/TW@2021", "2021-05-18"),
        ("05-CT/TW", "05-CT/TW@2016", "2016-05-15"),  # no date printed: the catalogue, and its title
        ("35-NQ/TW", "35-NQ/TW@2018", "2018-10-22"),  # no date printed: the catalogue, and its title
        ("02-NQ/TU", "02-NQ/TU@quang-tri@2021", "2021-10-04"),
        ("02-NQ/TU", "02-NQ/TU@quang-tri@2021", "2021-10-04"),  # undated: the first mention's date
    ]


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


@pytest.mark.parametrize("dateline", ["14/08/2024", "Thứ Năm, 14/08/2024 09:30", "14-08-2024 | 09:30"])
def test_a_headline_mention_does_not_take_the_pages_dateline_below_it(dateline):
    """A headline that ends with a symbol, then a line that is only the page's date: that date is when the
    page was published, not when the cited resolution was issued."""
    text = f"Gia Lai tiếp tục triển khai Nghị quyết 18-NQ/TW\n{dateline}\nSáng nay, Tỉnh ủy họp bàn."
    ex = article(text, [mention(text, "Nghị quyết 18-NQ/TW", "18-NQ/TW")], date="2024-08-14")
    assert resolved(ex) == [("18-NQ/TW@2022", "2022-06-16")]  # the latest namesake before the page


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
    text = "Thực hiện Nghị quyết số 18-NQ/TW khóa XI."
    ex = article(text, [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", term="XI")], date="2024-01-01")
    # a catalogue that knows only the terms XII and XIII ones: no document of term XI to take
    assert [(r.key, r.resolved_date) for r in annotate(ex, TWO_BY_SYMBOL).references] == [("18-NQ/TW@unknown", None)]


def test_the_issuer_narrows_the_candidates():
    text = "Quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị và Nghị quyết số 12-NQ/TW khác."
    refs = [mention(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", issuer="Bộ Chính trị")]
    assert resolved(article(text, refs, date="2024-06-01")) == [("12-NQ/TW@2022", "2022-03-16")]
    # the Central Committee's two (2012, 2017), not the Politburo's later one: the latest of them
    refs = [mention(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", issuer="Ban Chấp hành Trung ương")]
    assert resolved(article(text, refs, date="2024-06-01")) == [("12-NQ/TW@2017", "2017-06-03")]
    assert resolved(article(text, refs, date="2016-06-01")) == [("12-NQ/TW@2012", "2012-01-16")]


def test_a_reused_directive_number_takes_the_document_its_title_names():
    """03-CT/TW names three directives (2011 on Ho Chi Minh's moral example, 2016 on the Red Cross congress,
    2026 on building materials): on a page of mid-2026 the title words, not recency, say which."""
    text = ("Năm 2026, Tỉnh ủy tiếp tục thực hiện Chỉ thị số 03-CT/TW về tăng cường sự lãnh đạo của Đảng "
            "đối với công tác quản lý, phát triển vật liệu xây dựng.")
    ex = article(text, [mention(text, "Chỉ thị số 03-CT/TW", "03-CT/TW")], date="2026-06-01")
    assert resolved(ex) == [("03-CT/TW@2026", "2026-02-03")]
    text = ("Chi bộ sinh hoạt chuyên đề theo Chỉ thị số 03-CT/TW về tiếp tục đẩy mạnh việc học tập và làm theo "
            "tấm gương đạo đức Hồ Chí Minh.")
    ex = article(text, [mention(text, "Chỉ thị số 03-CT/TW", "03-CT/TW")], date="2026-06-01")
    assert resolved(ex) == [("03-CT/TW@2011", "2011-05-14")]


def test_the_term_picks_among_one_bodys_documents_of_one_number():
    """The Secretariat issued a 03-CT/TW in term XII and another in term XIV: with no citing date, the
    body alone leaves both, the term names one."""
    text = "Quán triệt Chỉ thị số 03-CT/TW của Ban Bí thư tới các chi bộ."
    ex = article(text, [mention(text, "Chỉ thị số 03-CT/TW", "03-CT/TW", issuer="Ban Bí thư")])
    assert resolved(ex) == [("03-CT/TW@unknown", None)]
    for term, expected in (("XIV", ("03-CT/TW@2026", "2026-02-03")), ("XII", ("03-CT/TW@2016", "2016-03-31"))):
        text = f"Quán triệt Chỉ thị số 03-CT/TW của Ban Bí thư khóa {term} tới các chi bộ."
        ex = article(text, [mention(text, "Chỉ thị số 03-CT/TW", "03-CT/TW", issuer="Ban Bí thư", term=term)])
        assert resolved(ex) == [expected]


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
    """(998-KL/TW: a number no catalogue holds, so that only the batch can date it.)"""
    a_text = "Kết luận số 998-KL/TW ngày 18/8/2014 của Ban Bí thư về công tác dân vận."
    b_text = "Tiếp tục thực hiện Kết luận số 998-KL/TW của Ban Bí thư."
    a = article(a_text, [mention(a_text, "Kết luận số 998-KL/TW", "998-KL/TW", date="2014-08-18")],
                date="2015-01-01", source="a.txt")
    b = article(b_text, [mention(b_text, "Kết luận số 998-KL/TW", "998-KL/TW")], date="2016-01-01", source="b.txt")
    assert resolved(b) == [("998-KL/TW@unknown", None)]  # alone, nothing tells
    build_batch([a, b])
    assert (b.references[0].key, b.references[0].resolved_date) == ("998-KL/TW@2014", "2014-08-18")
    early = article(b_text, [mention(b_text, "Kết luận số 998-KL/TW", "998-KL/TW")], date="2013-01-01",
                    source="c.txt")
    build_batch([a, early])
    assert early.references[0].key == "998-KL/TW@unknown"  # a 2013 text cannot cite the 2014 one


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
            "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW khóa XII. "
            "Nghị quyết 35-NQ/TW được quán triệt. Sau đó, Nghị quyết 35-NQ/TW tiếp tục được triển khai.")
    refs = [mention(text, "Kết luận số 01-KL/TW", "01-KL/TW", relation="implements"),
            mention(text, "Chỉ thị số 05-CT/TW", "05-CT/TW", term="XII"),
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


# ------------------------------------------------------------------ each clue, where only it tells
#
# A catalogue of two or three documents per symbol (as the project's catalogue states them), so that each answer
# below needs exactly the clue its test names: without it the citing date alone picks the other document.


def _entry(symbol: str, doc_type: str, date: str, issuer: str, term: str, plenum: int | None,
           title: str) -> CatalogueEntry:
    return CatalogueEntry(symbol, doc_type, symbol.split("-")[0], date, issuer, term, plenum, title, "")


BCH, BCT, BBT = "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"
TWO_BY_SYMBOL = Catalogue([
    _entry("18-NQ/TW", "Nghị quyết", "2017-10-25", BCH, "XII", 6,
           "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, "
           "hoạt động hiệu lực, hiệu quả"),
    _entry("18-NQ/TW", "Nghị quyết", "2022-06-16", BCH, "XIII", 5,
           "tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng "
           "đất, tạo động lực đưa nước ta trở thành nước phát triển có thu nhập cao"),
    _entry("12-NQ/TW", "Nghị quyết", "2012-01-16", BCH, "XI", 4, "một số vấn đề cấp bách về xây dựng Đảng hiện nay"),
    _entry("12-NQ/TW", "Nghị quyết", "2022-03-16", BCT, "XIII", None,
           "đẩy mạnh xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, "
           "hiện đại, đáp ứng yêu cầu, nhiệm vụ trong tình hình mới"),
    _entry("26-NQ/TW", "Nghị quyết", "2013-07-30", BCT, "XI", None,
           "phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020"),
    _entry("26-NQ/TW", "Nghị quyết", "2018-05-19", BCH, "XII", 7,
           "tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy "
           "tín, ngang tầm nhiệm vụ"),
    _entry("26-NQ/TW", "Nghị quyết", "2022-11-03", BCT, "XIII", None,
           "phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ "
           "đến năm 2030, tầm nhìn đến năm 2045"),
    # Two documents printed 7-QĐ/TW, a Quy định and a Quyết định (invented for the type-word test).
    _entry("7-QĐi/TW", "Quy định", "2018-08-28", BCT, "XII", None, "xử lý tổ chức đảng vi phạm"),
    _entry("7-QĐ/TW", "Quyết định", "2021-06-01", BCT, "XIII", None, "thành lập ban chỉ đạo"),
])


def resolve(text: str, surface: str, symbol: str, citing: str | None, **fields) -> tuple[str, str | None, str]:
    """Key, date and reason for the one mention `surface` in `text`, cited by a page of date `citing`."""
    ex = article(text, [mention(text, surface, symbol, **fields)], date=citing)
    res = explain(ex, TWO_BY_SYMBOL)[0]
    assert (ex.references[0].key, ex.references[0].resolved_date) == (res.key, res.date)
    return res.key, res.date, res.evidence


def test_without_any_clue_the_latest_before_the_citing_page_is_taken():
    text = "Huyện ủy quán triệt Nghị quyết số 18-NQ/TW tới toàn thể đảng viên."
    assert resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2024-03-01")[:2] == ("18-NQ/TW@2022", "2022-06-16")
    assert resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2019-03-01")[:2] == ("18-NQ/TW@2017", "2017-10-25")
    assert resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", None)[:2] == ("18-NQ/TW@unknown", None)


def test_title_words_pick_the_earlier_document_though_the_citing_page_is_later():
    text = "Năm 2024, huyện hoàn thành việc tinh gọn bộ máy theo Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy."
    key, date, why = resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2024-12-01")
    assert (key, date) == ("18-NQ/TW@2017", "2017-10-25")
    assert "title words" in why


def test_title_words_are_read_through_garbled_diacritics():
    text = "Xã tiếp tục thực hiện Nghị quyết 18-NQ/TW vể qủan lý và sử dụng đất đai hiệu qủa."
    assert resolve(text, "Nghị quyết 18-NQ/TW", "18-NQ/TW", "2019-12-01")[:2] == ("18-NQ/TW@unknown", None)
    text = "Xã tiếp tục thực hiện Nghị quyết 18-NQ/TW vể sắp xêp tổ chửc bộ mảy tinh gọn."
    assert resolve(text, "Nghị quyết 18-NQ/TW", "18-NQ/TW", "2025-12-01")[:2] == ("18-NQ/TW@2017", "2017-10-25")


def test_a_garbled_term_decides():
    text = "Quán triệt Nghị qụỵết số 18-NQ/TW của Bãn Chấp hành Trùng ương Đảng khỏá XÍĨ tới cán bộ chủ chốt."
    key, date, why = resolve(text, "Nghị qụỵết số 18-NQ/TW", "18-NQ/TW", "2024-03-01")
    assert (key, date, why) == ("18-NQ/TW@2017", "2017-10-25", "khóa XII")


def test_a_term_no_known_document_has_gives_a_stub():
    text = "Đảng ủy học tập Nghị quyết số 18-NQ/TW khóa XIV trong quý I."
    key, date, why = resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2027-03-01")
    assert (key, date) == ("18-NQ/TW@unknown", None)
    assert why == "khóa XIV: no known document with this symbol fits"


def test_the_issuer_body_tells_even_garbled():
    text = "Chi bộ thảo luận Nghị quyết số 12-NQ/TW của Ban Chấp hanh Trung uơng về xây dựng, chỉnh đốn Đảng."
    key, date, why = resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2024-06-01")
    assert (key, date) == ("12-NQ/TW@2012", "2012-01-16")
    assert why == "issued by Ban Chấp hành Trung ương"
    text = "Chi bộ thảo luận Nghị quyết số 12-NQ/TW của Bộ Chinh tri."
    assert resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2024-06-01")[:2] == ("12-NQ/TW@2022", "2022-03-16")


def test_a_body_that_issued_neither_document_says_nothing():
    text = "Chi bộ thảo luận Nghị quyết số 12-NQ/TW của Ban Bí thư."
    key, date, why = resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2024-06-01")
    assert (key, date) == ("12-NQ/TW@2022", "2022-03-16")
    assert why.startswith("the latest known document")


def test_the_plenum_tells():
    text = "Tỉnh ủy sơ kết Nghị quyết số 18-NQ/TW Hội nghị Trung ương 6, đạt nhiều kết quả."
    assert resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2024-09-01")[:2] == ("18-NQ/TW@2017", "2017-10-25")
    text = "Tỉnh ủy sơ kết Nghị quyết số 18-NQ/TW của Hội nghị lần thứ năm Ban Chấp hành Trung ương."
    assert resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2019-09-01")[:2] == ("18-NQ/TW@unknown", None)


def test_a_day_and_month_without_year_read_from_the_text():
    text = "Cấp ủy quán triệt Nghị quyết số 18-NQ/TW ngày 25/10 của Trung ương tới chi bộ."
    key, date, why = resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2024-09-01")
    assert (key, date, why) == ("18-NQ/TW@2017", "2017-10-25", "issued on 25/10")


def test_a_year_alone_tells_and_an_unknown_year_says_nothing():
    text = "Đảng bộ tiếp tục thực hiện Nghị quyết số 12-NQ/TW năm 2012 trong toàn Đảng bộ."
    key, date, why = resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2024-09-01")
    assert (key, date, why) == ("12-NQ/TW@2012", "2012-01-16", "năm 2012")
    # "năm 2020" is the year of the work, not of either document: it neither decides nor blocks
    text = "Đảng bộ tiếp tục thực hiện Nghị quyết số 12-NQ/TW năm 2020 trong toàn Đảng bộ."
    assert resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2020-09-01")[:2] == ("12-NQ/TW@2012", "2012-01-16")


def test_a_citing_date_excludes_the_later_document():
    text = "Đảng ủy học tập Nghị quyết số 12-NQ/TW trong quý II."
    assert resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2024-01-01")[:2] == ("12-NQ/TW@2022", "2022-03-16")
    assert resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2015-01-01")[:2] == ("12-NQ/TW@2012", "2012-01-16")
    assert resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2011-01-01")[:2] == ("12-NQ/TW@unknown", None)


def test_a_clue_that_names_only_a_later_document_gives_a_stub():
    """A 2015 page cannot cite the Politburo's 2022 resolution, and the 2012 one is not the Politburo's."""
    text = "Đảng ủy học tập Nghị quyết số 12-NQ/TW của Bộ Chính trị."
    key, date, why = resolve(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW", "2015-01-01")
    assert (key, date, why) == ("12-NQ/TW@unknown", None, "issued by Bộ Chính trị: issued after the citing document")


def test_the_type_word_tells_a_quy_dinh_from_a_quyet_dinh():
    text = "Căn cứ Quy định số 7-QĐ/TW, Ủy ban Kiểm tra đã xem xét."
    assert resolve(text, "Quy định số 7-QĐ/TW", "7-QĐ/TW", "2024-01-01")[:2] == ("7-QĐi/TW@2018", "2018-08-28")
    text = "Căn cứ Quyết định số 7-QĐ/TW, Ủy ban Kiểm tra đã xem xét."
    assert resolve(text, "Quyết định số 7-QĐ/TW", "7-QĐ/TW", "2024-01-01")[:2] == ("7-QĐ/TW@2021", "2021-06-01")


def test_conflicting_clues_give_a_stub():
    """The term names the 2022 document, the title words the 2017 one: no guess."""
    text = "Triển khai Nghị quyết số 18-NQ/TW khóa XIII về sắp xếp tổ chức bộ máy tinh gọn."
    key, date, why = resolve(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "2024-01-01")
    assert (key, date) == ("18-NQ/TW@unknown", None)
    assert why.startswith("conflicting evidence")


def test_title_and_body_outweigh_a_misprinted_term():
    """Two clues against one: the Politburo's resolution on Nghệ An, though the page prints the next term."""
    text = ("Sau mười năm thực hiện Nghị quyết số 26-NQ/TW (khóa XII) của Bộ Chính trị về phương hướng, "
            "nhiệm vụ phát triển tỉnh Nghệ An, các mục tiêu cơ bản hoàn thành.")
    key, date, why = resolve(text, "Nghị quyết số 26-NQ/TW", "26-NQ/TW", "2021-05-01")
    assert (key, date) == ("26-NQ/TW@2013", "2013-07-30")
    assert "against: khóa XII" in why


def test_a_mentions_own_clues_outweigh_another_mentions_date():
    text = ("Nghị quyết số 18-NQ/TW ngày 16/6/2022 về đất đai đi vào cuộc sống. Trước đó, tỉnh đã thực hiện "
            "Nghị quyết số 18-NQ/TW khóa XII về sắp xếp tổ chức bộ máy.")
    refs = [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="2022-06-16"),
            mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", nth=1),
            ]
    assert [(r.key, r.date) for r in explain(article(text, refs, date="2024-01-01"), TWO_BY_SYMBOL)] == [
        ("18-NQ/TW@2022", "2022-06-16"), ("18-NQ/TW@2017", "2017-10-25")]
    # with nothing of its own, a mention takes the date the other mention prints
    text = "Nghị quyết số 18-NQ/TW ngày 25/10/2017 được quán triệt. Nghị quyết số 18-NQ/TW đi vào cuộc sống."
    refs = [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="2017-10-25"),
            mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", nth=1)]
    assert [r.key for r in explain(article(text, refs, date="2024-01-01"), TWO_BY_SYMBOL)] == ["18-NQ/TW@2017"] * 2


def test_a_short_form_takes_what_its_full_mention_says():
    text = ("Ban Thường vụ quán triệt Nghị quyết số 12-NQ/TW của Ban Chấp hành Trung ương khóa XI. "
            "Nghị quyết 12 được cụ thể hóa bằng kế hoạch.")
    refs = [mention(text, "Nghị quyết số 12-NQ/TW", "12-NQ/TW"),
            mention(text, "Nghị quyết 12", "12-NQ/TW", short_form=True)]
    assert [(r.key, r.date) for r in explain(article(text, refs, date="2024-01-01"), TWO_BY_SYMBOL)] == [
        ("12-NQ/TW@2012", "2012-01-16")] * 2


def test_title_words_elsewhere_in_the_text_tell_a_bare_mention():
    text = ("Tinh gọn tổ chức bộ máy của hệ thống chính trị: kết quả bước đầu. Sau năm năm, số đầu mối giảm "
            "mạnh. Nghị quyết 18-NQ/TW tiếp tục được triển khai.")
    key, date, why = resolve(text, "Nghị quyết 18-NQ/TW", "18-NQ/TW", "2024-05-01")
    assert (key, date) == ("18-NQ/TW@2017", "2017-10-25")
    assert why.startswith("title words in the text")


def test_a_stray_day_does_not_override_the_full_date_of_another_mention():
    """A day and month read at a mention (perhaps an event's) weigh less than a full date printed at
    another mention of the same symbol."""
    text = ("Nghị quyết số 18-NQ/TW ngày 25/10/2017 được quán triệt. Ngày 12/3, Nghị quyết số 18-NQ/TW tiếp "
            "tục được sơ kết.")
    refs = [mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", date="2017-10-25"),
            mention(text, "Nghị quyết số 18-NQ/TW", "18-NQ/TW", nth=1, date="--03-12")]
    assert [r.key for r in explain(article(text, refs, date="2024-01-01"), TWO_BY_SYMBOL)] == ["18-NQ/TW@2017"] * 2


def test_a_mention_whose_own_words_leave_a_tie_takes_what_the_other_mentions_say():
    """"của Bộ Chính trị" fits two of the three 26-NQ/TW; the full mention's term picks one of them."""
    text = ("Tỉnh ủy học tập Nghị quyết số 26-NQ/TW khóa XI tới cán bộ chủ chốt. Sau đó, Nghị quyết 26 của "
            "Bộ Chính trị được cụ thể hóa bằng chương trình hành động.")
    refs = [mention(text, "Nghị quyết số 26-NQ/TW", "26-NQ/TW"),
            mention(text, "Nghị quyết 26", "26-NQ/TW", short_form=True)]
    assert [(r.key, r.date) for r in explain(article(text, refs, date="2024-01-01"), TWO_BY_SYMBOL)] == [
        ("26-NQ/TW@2013", "2013-07-30")] * 2


# ------------------------------------------------------------------ the project's catalogue, 2021-2025 rows
#
# These need rows a public page dates (loaders/data/central-documents.tsv): without the row, the mention is a stub
# or lands on the namesake of another term.


def _project(text: str, surface: str, symbol: str, citing: str, **fields) -> tuple[str, str | None]:
    """Key and date of the one mention, resolved against the project's own catalogue."""
    res = explain(article(text, [mention(text, surface, symbol, **fields)], date=citing))[0]
    return res.key, res.date


def test_a_2025_conclusion_cited_on_a_later_page_takes_its_catalogued_date():
    text = "Đảng ủy phường tiếp tục quán triệt Kết luận số 186-KL/TW của Bộ Chính trị tới từng chi bộ."
    assert _project(text, "Kết luận số 186-KL/TW", "186-KL/TW", "2025-09-15") == ("186-KL/TW@2025", "2025-08-29")
    # a page written before the conclusion cannot cite it: no document to take
    assert _project(text, "Kết luận số 186-KL/TW", "186-KL/TW", "2025-03-01") == ("186-KL/TW@unknown", None)


def test_a_day_and_month_of_2025_find_the_catalogued_conclusion():
    text = "Thực hiện Kết luận số 186-KL/TW ngày 29/8 của Bộ Chính trị, xã rà soát lại bộ máy."
    assert _project(text, "Kết luận số 186-KL/TW", "186-KL/TW", "2025-10-01", date="--08-29") == (
        "186-KL/TW@2025", "2025-08-29")


def test_a_2024_regulation_cited_in_2025_takes_its_catalogued_row():
    text = "Năm 2025, Tỉnh ủy áp dụng Quy định số 142-QĐ/TW của Bộ Chính trị ở các sở, ngành."
    assert _project(text, "Quy định số 142-QĐ/TW", "142-QĐ/TW", "2025-06-01") == ("142-QĐ/TW@2024", "2024-04-23")


@pytest.mark.parametrize("citing, expected", [
    ("2023-03-01", ("17-CT/TW@2022", "2022-10-21")),  # after the 2022 directive on food safety
    ("2019-03-01", ("17-CT/TW@2018", "2018-01-04")),  # before it: the 2018 one, on the Fatherland Front congress
    ("2010-03-01", ("17-CT/TW@2002", "2002-10-23")),
])
def test_a_directive_number_of_three_terms_follows_the_citing_date(citing, expected):
    text = "Huyện ủy quán triệt Chỉ thị số 17-CT/TW tới toàn thể đảng viên."
    assert _project(text, "Chỉ thị số 17-CT/TW", "17-CT/TW", citing) == expected


@pytest.mark.parametrize("subject, expected", [
    ("tăng cường bảo đảm an ninh, an toàn thực phẩm trong tình hình mới", ("17-CT/TW@2022", "2022-10-21")),
    ("lãnh đạo Đại hội Mặt trận Tổ quốc Việt Nam các cấp", ("17-CT/TW@2018", "2018-01-04")),
])
def test_title_words_pick_the_directive_of_either_term(subject, expected):
    text = f"Chi bộ học tập Chỉ thị số 17-CT/TW của Ban Bí thư về {subject}."
    assert _project(text, "Chỉ thị số 17-CT/TW", "17-CT/TW", "2024-04-01") == expected


def test_the_same_qd_number_of_two_terms_is_told_by_type_word_and_title():
    """23-QĐ/TW names a Quy định of 2006 (thi hành Điều lệ Đảng) and a Quyết định of 2021 (Quy chế công tác
    dân vận); on a 2024 page the type word and the subject each pick one."""
    text = "Đảng ủy xã thực hiện Quyết định số 23-QĐ/TW ban hành Quy chế công tác dân vận của hệ thống chính trị."
    assert _project(text, "Quyết định số 23-QĐ/TW", "23-QĐ/TW", "2024-05-01") == ("23-QĐ/TW@2021", "2021-07-30")
    text = "Đảng ủy xã thực hiện Quy định số 23-QĐ/TW về thi hành Điều lệ Đảng."
    assert _project(text, "Quy định số 23-QĐ/TW", "23-QĐ/TW", "2024-05-01") == ("23-QĐ/TW@2006", "2006-10-31")
