"""The store contract: every test runs against both stores (the `store` fixture) with the same expectations.

Shapes the contract fixes, beyond graph/store.py's docstrings:
- node dicts (get_document, documents, nodes) carry exactly the model's fields, None where unknown;
- edges(rel_type) rows carry src, dst and exactly that type's properties (CITES: the Cites fields,
  HOLDS_ROLE: title, others none);
- cited_by is newest first, undated citing documents last, then by key; a page (limit, offset) is that slice of
  the whole order, whether it comes from the kept citers of a densely cited document or from the sort;
- a stub never overwrites a non-stub; a non-stub's values overwrite, its nulls keep what is known;
- the same batch twice changes nothing; an edge is stored once per (type, src, dst);
- search folds accents (đ → d) and finds a stub by its type's Vietnamese name (`ket luan 21`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from graph.model import (
    NODE_LABELS,
    REL_TYPES,
    AgencyNode,
    Cites,
    DocumentNode,
    EventNode,
    GraphBatch,
    Link,
    PersonNode,
    Redirect,
)
from graph.schema import citer_rank
from graph.store import QueryRefused, Store
from graph.writes import CiterPages
from tests.conftest import articles_citing

A1 = "article:https://baoquangtri.vn/a1"
A2 = "article:https://dangcongsan.vn/a2"
A3 = "article:corpus/a3.txt"
NQ35 = "35-NQ/TW@2018"
NQ35_UNKNOWN = "35-NQ/TW@unknown"
KL21 = "21-KL/TW@2021"
ND15 = "15/2020/NĐ-CP"
TINH_UY = "agency:tinh-uy-quang-tri"
BTG = "agency:ban-tuyen-giao-tinh-uy-quang-tri"
BCT = "agency:bo-chinh-tri"
PERSON = "person:nguyen-van-a"
EVENT = "event:hoi-nghi-quan-triet@2023-09-20"

NQ35_DOC = DocumentNode(
    NQ35, symbol="35-NQ/TW", family="party", doc_type="NQ", number="35", scope="TW", date="2018-10-22",
    year=2018, term="XII", issuer="Bộ Chính trị", kind="resolution", is_stub=False,
    title="Nghị quyết về tăng cường bảo vệ nền tảng tư tưởng của Đảng")
KL21_STUB = DocumentNode(KL21, symbol="21-KL/TW", family="party", doc_type="KL", number="21", scope="TW",
                         date="2021-10-25", year=2021, kind="conclusion")
SNIPPET = "Tỉnh ủy Quảng Trị triển khai Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị."


def small_batch() -> GraphBatch:
    """Three articles citing a resolution (also seen as a stub), a conclusion stub, a decree stub, an undated
    stub of the same symbol; agencies, a person, an event and every relationship type."""
    return GraphBatch(
        documents=[
            DocumentNode(A1, family="article", kind="article", date="2023-09-22", year=2023, locality="Quảng Trị",
                         title="Quảng Trị triển khai Nghị quyết 35-NQ/TW", source="corpus/a1.txt",
                         text_hash="h1", is_stub=False),
            DocumentNode(A2, family="article", kind="article", date="2024-01-10", year=2024, locality="Đà Nẵng",
                         title="Đẩy mạnh chuyển đổi số trong cơ quan Đảng", source="corpus/a2.txt",
                         text_hash="h2", is_stub=False),
            DocumentNode(A3, family="article", kind="article", title="Học tập chuyên đề", source="corpus/a3.txt",
                         text_hash="h3", is_stub=False),
            NQ35_DOC,
            DocumentNode(NQ35, symbol="35-NQ/TW", family="party", doc_type="NQ", year=2018, title="sai tiêu đề"),
            KL21_STUB,
            DocumentNode(ND15, symbol="15/2020/NĐ-CP", family="state", doc_type="NĐ", number="15", year=2020,
                         kind="decree", issuer="Chính phủ"),
            DocumentNode(NQ35_UNKNOWN, symbol="35-NQ/TW", family="party", doc_type="NQ", number="35", scope="TW"),
        ],
        agencies=[
            AgencyNode(TINH_UY, "Tỉnh ủy Quảng Trị", kind="party_committee", level="provincial", locality="Quảng Trị"),
            AgencyNode(BTG, "Ban Tuyên giáo Tỉnh ủy Quảng Trị", kind="commission", level="provincial",
                       locality="Quảng Trị"),
            AgencyNode(BCT, "Bộ Chính trị", kind="party_committee", level="central"),
        ],
        persons=[PersonNode(PERSON, "Nguyễn Văn A")],
        events=[EventNode(EVENT, "Hội nghị quán triệt Nghị quyết 35", kind="conference", date="2023-09-20",
                          locality="Quảng Trị")],
        cites=[
            Cites(A1, NQ35, relation="implements", surface="Nghị quyết số 35-NQ/TW", snippet=SNIPPET,
                  start=30, end=52, count=2),
            Cites(A1, KL21, relation="basis", surface="Kết luận số 21-KL/TW", snippet="theo Kết luận số 21-KL/TW",
                  start=120, end=140),
            Cites(A2, NQ35, surface="Nghị quyết 35", snippet="tinh thần Nghị quyết 35", start=5, end=18),
            Cites(A2, ND15, relation="basis", surface="Nghị định số 15/2020/NĐ-CP", snippet="căn cứ Nghị định",
                  start=40, end=66),
            Cites(A3, NQ35, surface="Nghị quyết 35-NQ/TW", snippet="học tập Nghị quyết", start=0, end=19),
        ],
        links=[
            Link("ISSUED_BY", NQ35, BCT),
            Link("MENTIONS", A1, TINH_UY),
            Link("MENTIONS", A1, PERSON),
            Link("REPORTS", A1, EVENT),
            Link("ORGANIZED_BY", EVENT, TINH_UY),
            Link("CHAIRED_BY", EVENT, PERSON),
            Link("HOLDS_ROLE", PERSON, TINH_UY, {"title": "Bí thư Tỉnh ủy"}),
            Link("PART_OF", BTG, TINH_UY),
        ],
        sources=[A1, A2, A3],
    )


EXPECTED_COUNTS = {
    "nodes": {"Document": 7, "Agency": 3, "Person": 1, "Event": 1},
    "relationships": {"CITES": 5, "ISSUED_BY": 1, "MENTIONS": 2, "REPORTS": 1, "ORGANIZED_BY": 1,
                      "CHAIRED_BY": 1, "HOLDS_ROLE": 1, "PART_OF": 1},
}
DOC_FIELDS = {f.name for f in dataclasses.fields(DocumentNode)}
LINK_COLS = {"key", "symbol", "title", "date", "locality", "source", "paths", "relation", "surface", "snippet",
             "start", "end", "count"}


def checksum(store: Store) -> str:
    """A digest of every node and edge, independent of storage order."""
    content = {label: sorted(json.dumps(n, sort_keys=True, ensure_ascii=False) for n in store.nodes(label))
               for label in NODE_LABELS}
    content |= {rel: sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in store.edges(rel))
                for rel in REL_TYPES}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


@pytest.fixture
def loaded(store: Store) -> Store:
    store.upsert(small_batch())
    return store


def test_empty_stats_have_every_label_and_type(store: Store) -> None:
    stats = store.stats()
    assert stats == {"nodes": dict.fromkeys(NODE_LABELS, 0), "relationships": dict.fromkeys(REL_TYPES, 0)}


def test_upsert_counts_and_stats_shape(store: Store) -> None:
    summary = store.upsert(small_batch())
    assert summary.nodes_created == 12
    stats = store.stats()
    assert stats == EXPECTED_COUNTS
    assert all(type(v) is int for group in stats.values() for v in group.values())


def test_stub_never_overwrites_a_non_stub(loaded: Store) -> None:
    assert loaded.get_document(NQ35) == dataclasses.asdict(NQ35_DOC)
    loaded.upsert(GraphBatch(documents=[DocumentNode(NQ35, symbol="35-NQ/TW", title="khác", year=2018)]))
    assert loaded.get_document(NQ35) == dataclasses.asdict(NQ35_DOC)


def test_non_stub_fills_a_stub_and_keeps_its_known_values(loaded: Store) -> None:
    full = DocumentNode(KL21, symbol="21-KL/TW", family="party", doc_type="KL", number="21", scope="TW", year=2021,
                        title="Kết luận về đẩy mạnh xây dựng, chỉnh đốn Đảng", issuer="Ban Chấp hành Trung ương",
                        kind="conclusion", is_stub=False)
    loaded.upsert(GraphBatch(documents=[full]))
    doc = loaded.get_document(KL21)
    assert doc == dataclasses.asdict(full) | {"date": "2021-10-25"}
    assert loaded.stats() == EXPECTED_COUNTS
    assert loaded.get_document("nope@2020") is None


def test_same_batch_twice_changes_nothing(loaded: Store) -> None:
    before_stats, before_sum = loaded.stats(), checksum(loaded)
    assert loaded.upsert(small_batch()).nodes_created == 0
    assert loaded.stats() == before_stats
    assert checksum(loaded) == before_sum
    # a batch without sources re-sends edges: still one edge per (type, src, dst)
    batch = small_batch()
    batch.sources = []
    loaded.upsert(batch)
    assert loaded.stats() == before_stats
    assert checksum(loaded) == before_sum


def test_changed_source_replaces_only_its_own_outgoing_edges(loaded: Store) -> None:
    changed = GraphBatch(
        documents=[DocumentNode(A1, family="article", kind="article", date="2023-09-22", year=2023,
                                locality="Quảng Trị", title="Quảng Trị triển khai Nghị quyết 35-NQ/TW (sửa)",
                                source="corpus/a1.txt", text_hash="h1b", is_stub=False)],
        cites=[Cites(A1, ND15, relation="guides", surface="Nghị định 15", snippet="theo Nghị định 15", start=3, end=15)],
        links=[Link("MENTIONS", A1, PERSON)],
        sources=[A1],
    )
    loaded.upsert(changed)
    assert {(r["key"], r["relation"]) for r in loaded.cites(A1)} == {(ND15, "guides")}
    assert {r["key"] for r in loaded.cites(A2)} == {NQ35, ND15}
    assert {r["key"] for r in loaded.cited_by(NQ35)} == {A2, A3}
    assert {(e["src"], e["dst"]) for e in loaded.edges("MENTIONS")} == {(A1, PERSON)}
    assert loaded.edges("REPORTS") == []
    stats = loaded.stats()["relationships"]
    assert stats == EXPECTED_COUNTS["relationships"] | {"CITES": 4, "MENTIONS": 1, "REPORTS": 0}
    assert loaded.get_document(A1)["text_hash"] == "h1b"


def test_changed_edge_properties_replace_the_edge(loaded: Store) -> None:
    loaded.upsert(GraphBatch(links=[Link("HOLDS_ROLE", PERSON, TINH_UY, {"title": "Phó Bí thư"})]))
    assert loaded.edges("HOLDS_ROLE") == [{"src": PERSON, "dst": TINH_UY, "title": "Phó Bí thư"}]


@pytest.mark.parametrize(("text", "first"), [
    ("nghi quyet 35", NQ35),
    ("Nghị quyết 35", NQ35),
    ("35-NQ/TW", NQ35),
    ("35-nq/tw", NQ35),
    ("chuyen doi so", A2),
    ("chuyển đổi số", A2),
    ("15/2020/NĐ-CP", ND15),
    ("15/2020/nd-cp", ND15),
    ("ket luan 21", KL21),
])
def test_search_folds_accents_and_ranks(loaded: Store, text: str, first: str) -> None:
    rows = loaded.search(text)
    assert rows and rows[0]["key"] == first
    assert set(rows[0]) == {"key", "symbol", "kind", "date", "title", "is_stub", "cited_by"}


def test_search_details(loaded: Store) -> None:
    rows = loaded.search("35-NQ/TW")
    assert [r["key"] for r in rows[:2]] == [NQ35, NQ35_UNKNOWN]  # exact symbol first, most cited first
    assert rows[0]["cited_by"] == 3 and rows[0]["is_stub"] is False and rows[0]["symbol"] == "35-NQ/TW"
    assert A1 in {r["key"] for r in rows}  # its title carries the symbol
    assert {NQ35, A2} <= {r["key"] for r in loaded.search("ĐẢNG")}  # đ/Đ folded
    assert {NQ35, A2} <= {r["key"] for r in loaded.search("dang")}
    assert loaded.search("xyzzy khong co") == []
    assert loaded.search("   ") == []
    assert len(loaded.search("nghi quyet", limit=1)) == 1


def test_cited_by_newest_first_with_provenance(loaded: Store) -> None:
    rows = loaded.cited_by(NQ35)
    assert [r["key"] for r in rows] == [A2, A1, A3]  # undated last
    assert all(set(r) == LINK_COLS for r in rows)
    a1 = rows[1]
    assert (a1["relation"], a1["surface"], a1["snippet"], a1["start"], a1["end"], a1["count"]) == (
        "implements", "Nghị quyết số 35-NQ/TW", SNIPPET, 30, 52, 2)
    assert (a1["title"], a1["date"], a1["locality"], a1["source"]) == (
        "Quảng Trị triển khai Nghị quyết 35-NQ/TW", "2023-09-22", "Quảng Trị", "corpus/a1.txt")
    assert [r["key"] for r in loaded.cited_by(NQ35, limit=2)] == [A2, A1]
    assert loaded.cited_by(A1) == []


def test_every_page_of_cited_by_is_the_head_of_the_full_order(store: Store) -> None:
    """A page of citers, whatever its size, is the start of the whole list in the promised order: newest
    first, the same date by key, undated citers last; each row with its own citation's words."""
    target = "doc:party:nq:57-nq/tw@2024"
    docs, cites = articles_citing(target, 60)
    store.upsert(GraphBatch(documents=docs, cites=cites, sources=sorted({c.src for c in cites})))
    dates = {d.key: d.date for d in docs}
    newest_first = sorted((c.src for c in cites if dates[c.src]), key=lambda k: (dates[k], k))
    newest_first.sort(key=lambda k: dates[k], reverse=True)  # stable: the same date stays by key
    order = newest_first + sorted(c.src for c in cites if not dates[c.src])
    for limit in (1, 2, 7, 20, 45, 500):
        page = store.cited_by(target, limit=limit)
        assert [r["key"] for r in page] == order[:limit]
        assert all(r["snippet"] == "đoạn " + str(int(r["key"][-3:])) for r in page)


def test_the_citers_of_several_documents_read_together_are_each_ones_cited_by(store: Store) -> None:
    """`citers_of` (one read for many documents, as resolution asks for the citers of the stubs a batch dates)
    gives each document's `cited_by` rows in the same order, a limit cutting each list; none for a document
    without citers or not stored."""
    target, other = "doc:party:nq:57-nq/tw@2024", "doc:party:nq:35-nq/tw@unknown"
    docs, cites = articles_citing(target, 30)
    both = [dataclasses.replace(c, dst=other, snippet="khác " + c.snippet) for c in cites[::3]]
    store.upsert(GraphBatch(documents=[*docs, DocumentNode(other, symbol="35-NQ/TW")], cites=[*cites, *both],
                            sources=sorted({c.src for c in cites})))
    keys = [target, other, docs[1].key, "doc:party:nq:1-nq/tw@unknown"]
    together = store.citers_of(keys, 1_000_000)
    assert together == {target: store.cited_by(target, 1_000_000), other: store.cited_by(other, 1_000_000)}
    assert len(together[target]) == len(cites) > len(together[other]) == len(both) > 3
    assert store.citers_of([other, target], 4) == {k: store.cited_by(k, 4) for k in (other, target)}


PAGES = CiterPages(dense=8, keep=10)  # small enough that a few dozen citers make a document dense


def _order_from_the_graph(store: Store, target: str) -> list[str]:
    """The citers of `target` in cited-by order, worked out from the stored CITES edges and the citers'
    dates (not from cited_by)."""
    citers = [e["src"] for e in store.edges("CITES") if e["dst"] == target]
    dates = {d["key"]: d["date"] for d in store.documents(citers)}
    return sorted(citers, key=lambda k: citer_rank(dates[k], k))


def _kept_citers(store: Store, target: str) -> list[str] | None:
    rows = store.query("MATCH (p:CitedByPage {key: $k}) RETURN p.keys AS keys, p.citers AS n", {"k": target})
    return None if not rows else rows[0]["keys"]


def assert_pages_follow_the_order(store: Store, target: str, dense: bool = True) -> None:
    """Every page of every size is its slice of the whole order; the document keeps its first citers
    (exactly the head of that order, at least half a kept list) when it is `dense`, else none."""
    order = _order_from_the_graph(store, target)
    kept = _kept_citers(store, target)
    if dense:
        assert kept is not None and kept == order[:len(kept)] and len(kept) >= min(len(order), PAGES.keep // 2)
    else:
        assert kept is None
    assert store.citer_count(target) == len(order)
    for size in (1, 3, 4, 50):
        pages = [[r["key"] for r in store.cited_by(target, limit=size, offset=at)]
                 for at in range(0, len(order) + size, size)]
        assert [k for page in pages for k in page] == order and pages[-1] == []
        assert all(len(page) == size for page in pages if page is not pages[-1] and page is not pages[-2])


def _citing_article(i: int, date: str | None) -> DocumentNode:
    return DocumentNode(f"article:https://example.vn/bai-{i:03d}", family="article", kind="article", date=date,
                        is_stub=False)


def _reread(store: Store, i: int, date: str | None, target: str | None) -> None:
    """Article i read again: with `date`, citing `target` (or nothing)."""
    doc = _citing_article(i, date)
    cites = [Cites(doc.key, target, relation="implements", surface="Nghị quyết 57", snippet=f"đoạn {i}")] if target \
        else []
    store.upsert(GraphBatch(documents=[doc], cites=cites, sources=[doc.key]))


def test_every_page_of_a_densely_cited_document_is_its_slice_of_the_order(store: Store) -> None:
    """Pages by limit and offset, ties and undated citers included, the first ones from the kept citers and
    the later ones from the sort, with or without kept citers the same answer."""
    store.citer_pages = PAGES
    target = "doc:party:nq:57-nq/tw@2024"
    docs, cites = articles_citing(target, 60)
    srcs = sorted({c.src for c in cites})
    first = [c for c in cites if c.src in srcs[:20]]
    store.upsert(GraphBatch(documents=docs, cites=first, sources=srcs[:20]))  # dense at once (20 citers)
    assert_pages_follow_the_order(store, target)
    store.upsert(GraphBatch(cites=[c for c in cites if c.src in srcs[20:]], sources=srcs[20:]))  # merged in
    assert_pages_follow_the_order(store, target)
    store.read_kept_citers = False
    assert_pages_follow_the_order(store, target)


def test_kept_citers_stay_exact_through_rereading_retracting_and_redirects(store: Store) -> None:
    store.citer_pages = PAGES
    target = "doc:party:nq:57-nq/tw@2024"
    docs, cites = articles_citing(target, 40)
    store.upsert(GraphBatch(documents=docs[:4], cites=[c for c in cites if c.src in {d.key for d in docs[:4]}],
                            sources=[d.key for d in docs[1:4]]))
    assert _kept_citers(store, target) is None  # 2 citers: sorted, nothing kept
    store.upsert(GraphBatch(documents=docs[4:], cites=cites, sources=[d.key for d in docs[1:]]))
    assert_pages_follow_the_order(store, target)  # crossed the threshold: read once from the store
    newest = _kept_citers(store, target)
    _reread(store, 5, "2026-01-01", target)  # re-dated newest of all: first
    assert_pages_follow_the_order(store, target)
    _reread(store, 5, "2019-01-01", target)  # re-dated older than every kept citer: out of the kept list
    assert_pages_follow_the_order(store, target)
    _reread(store, 6, None, target)  # undated now: last
    assert_pages_follow_the_order(store, target)
    gone = int(newest[0][-3:])
    _reread(store, gone, "2025-03-03", None)  # read again, cites nothing any more
    assert_pages_follow_the_order(store, target)
    for key in newest[1:6]:  # most of the kept citers retracted: the list is read again from the store
        store.retract([key])
        assert_pages_follow_the_order(store, target)
    # an undated stub of the same symbol cited by new articles, then dated: its citations move to the target
    unknown = "doc:party:nq:57-nq/tw@unknown"
    late = [_citing_article(100 + i, f"2025-12-{10 + i:02d}") for i in range(6)]
    moved = [Cites(d.key, unknown, relation="implements", surface="Nghị quyết 57", snippet=f"đoạn {100 + i}")
             for i, d in enumerate(late)]
    store.upsert(GraphBatch(documents=[*late, DocumentNode(unknown, symbol="57-NQ/TW", family="party")],
                            cites=moved, sources=[d.key for d in late]))
    store.upsert(GraphBatch(redirects=[Redirect(unknown, target, [d.key for d in late], whole=True)]))
    assert {r["key"] for r in store.cited_by(target, limit=6)} == {d.key for d in late}
    assert_pages_follow_the_order(store, target)
    # citers taken out until the document is no longer dense: it keeps nothing and sorts
    for key in _order_from_the_graph(store, target)[3:]:
        store.retract([key])
    assert_pages_follow_the_order(store, target, dense=False)


def test_cites(loaded: Store) -> None:
    rows = {r["key"]: r for r in loaded.cites(A1)}
    assert set(rows) == {NQ35, KL21}
    assert rows[KL21]["symbol"] == "21-KL/TW" and rows[KL21]["relation"] == "basis"
    assert rows[KL21]["snippet"] == "theo Kết luận số 21-KL/TW" and rows[KL21]["count"] == 1
    assert all(set(r) == LINK_COLS for r in rows.values())


def test_documents_and_symbols(loaded: Store) -> None:
    docs = loaded.documents([NQ35, "missing@2000", A1])
    assert sorted(d["key"] for d in docs) == sorted([NQ35, A1])
    assert all(set(d) == DOC_FIELDS for d in docs)
    rows = loaded.documents_with_symbols(["35-NQ/TW", "99-NQ/TW"])
    assert sorted((r["key"], r["year"], r["is_stub"]) for r in rows) == [(NQ35, 2018, False), (NQ35_UNKNOWN, None, True)]
    assert all(set(r) == {"key", "symbol", "date", "year", "scope", "locality", "is_stub"} for r in rows)
    assert loaded.documents_with_symbols(["15/2020/NĐ-CP"])[0]["key"] == ND15
    assert loaded.documents([]) == [] and loaded.documents_with_symbols([]) == []


def test_nodes_and_edges(loaded: Store) -> None:
    batch = small_batch()
    assert sorted(loaded.nodes("Agency"), key=lambda n: n["key"]) == sorted(
        (dataclasses.asdict(a) for a in batch.agencies), key=lambda n: n["key"])
    assert loaded.nodes("Person") == [{"key": PERSON, "name": "Nguyễn Văn A"}]
    assert loaded.nodes("Event") == [dataclasses.asdict(batch.events[0])]
    assert all(set(n) == DOC_FIELDS for n in loaded.nodes("Document"))
    assert loaded.edges("HOLDS_ROLE") == [{"src": PERSON, "dst": TINH_UY, "title": "Bí thư Tỉnh ủy"}]
    assert loaded.edges("PART_OF") == [{"src": BTG, "dst": TINH_UY}]
    cites = sorted(loaded.edges("CITES"), key=lambda e: (e["src"], e["dst"]))
    sent = ({k: v for k, v in dataclasses.asdict(c).items() if k != "sources"} for c in batch.cites)
    assert cites == sorted(sent, key=lambda e: (e["src"], e["dst"]))
    assert {(e["src"], e["dst"]) for e in loaded.edges("MENTIONS")} == {(A1, TINH_UY), (A1, PERSON)}


def test_query_reads_with_parameters(loaded: Store) -> None:
    rows = loaded.query("MATCH (d:Document {key: $k}) RETURN d.symbol AS symbol, d.year AS year", {"k": NQ35})
    assert rows == [{"symbol": "35-NQ/TW", "year": 2018}]
    (row,) = loaded.query("MATCH (d:Document) RETURN count(d) AS n, sum(d.year) AS total")
    assert row == {"n": 7, "total": 2018 + 2021 + 2020 + 2023 + 2024}
    assert type(row["n"]) is int and type(row["total"]) is int
    (row,) = loaded.query("MATCH (d:Document) WHERE d.title CONTAINS 'CREATE' RETURN count(d) AS n")
    assert row == {"n": 0}  # a write word inside a string literal is only text


@pytest.mark.parametrize("cypher", [
    "CREATE (d:Document {key: 'x'})",
    "MERGE (d:Document {key: 'x'}) RETURN d.key",
    "MATCH (d:Document) SET d.title = 'x'",
    "MATCH (d:Document) DETACH DELETE d",
    "MATCH (d:Document) DELETE d",
    "MATCH (d:Document {key: $k}) REMOVE d.title",
])
def test_query_refuses_writes(loaded: Store, cypher: str) -> None:
    before = checksum(loaded)
    with pytest.raises(QueryRefused, match="(?i)read-only"):
        loaded.query(cypher, {"k": NQ35})
    assert checksum(loaded) == before


def test_query_parameters_are_data_not_cypher(loaded: Store) -> None:
    before = checksum(loaded)
    evil = "x' OR 1=1 }) MATCH (n) DETACH DELETE n // \" ; CREATE (:Document {key: 'pwn'})"
    assert loaded.query("MATCH (d:Document) WHERE d.title = $t RETURN d.key AS key", {"t": evil}) == []
    assert loaded.search(evil) == []
    assert loaded.get_document(evil) is None
    assert loaded.cited_by(evil) == []
    assert checksum(loaded) == before


def test_clear(loaded: Store) -> None:
    loaded.clear()
    assert loaded.stats() == {"nodes": dict.fromkeys(NODE_LABELS, 0), "relationships": dict.fromkeys(REL_TYPES, 0)}
    loaded.upsert(small_batch())
    assert loaded.stats() == EXPECTED_COUNTS


def test_agencies_of_issuer_else_event_organisers(store: Store) -> None:
    """Issuer first; without one, every agency organising an event the document reports (sorted, distinct)."""
    nd = "99/2024/NĐ-CP"
    art = "article:https://example.vn/hoi-nghi"
    plain = "article:https://example.vn/khong-co"
    ev = "event:hoi-nghi@2024-03-01"
    gov = "agency:chinh-phu"
    store.upsert(GraphBatch(
        documents=[DocumentNode(nd, symbol="99/2024/NĐ-CP", family="state", kind="decree", is_stub=False),
                   DocumentNode(art, family="article", kind="article", title="Hội nghị", is_stub=False),
                   DocumentNode(plain, family="article", kind="article", title="Không cơ quan", is_stub=False)],
        agencies=[AgencyNode(gov, "Chính phủ"), AgencyNode(TINH_UY, "Tỉnh ủy Quảng Trị"),
                  AgencyNode(BTG, "Ban Tuyên giáo Tỉnh ủy Quảng Trị")],
        events=[EventNode(ev, "Hội nghị", kind="conference", date="2024-03-01")],
        cites=[Cites(art, nd, surface="Nghị định 99", snippet="Nghị định 99", start=0, end=12)],
        links=[Link("ISSUED_BY", nd, gov), Link("REPORTS", art, ev), Link("ORGANIZED_BY", ev, TINH_UY),
               Link("ORGANIZED_BY", ev, BTG)],
        sources=[art, plain],
    ))
    assert store.agencies_of([nd, art, plain, "missing"]) == {
        nd: ["Chính phủ"],
        art: ["Ban Tuyên giáo Tỉnh ủy Quảng Trị", "Tỉnh ủy Quảng Trị"],
    }
    assert store.agencies_of([]) == {}
    # a document with both keeps only its issuer
    store.upsert(GraphBatch(links=[Link("REPORTS", nd, ev)], sources=[]))
    assert store.agencies_of([nd]) == {nd: ["Chính phủ"]}


# --- what a read document gave goes with it (graph/writes.py) -----------------------------------------

QT = "article:https://baoquangtri.vn/hoi-nghi"
NA = "article:https://baonghean.vn/ke-hoach"
S1, S2 = "5/KH-SDL@quang-tri@2024", "57-NQ/TW@2024"
SO_DL, BCT_KEY = "agency:so-du-lich@quang-tri", "agency:bo-chinh-tri"
HUNG, EV = "person:nguyen-van-hung@quang-tri", "event:hoi-nghi-trien-khai@quang-tri@2024-03-15"


def _article(key: str, title: str) -> DocumentNode:
    return DocumentNode(key, family="article", kind="article", title=title, source=key[len("article:"):],
                        is_stub=False)


def qt_batch(cited: str = S1, with_event: bool = True) -> GraphBatch:
    """The Quảng Trị article as the builder gives it: every edge with the article that gave it."""
    stub = DocumentNode(cited, symbol=cited.split("@")[0], family="state", is_stub=True)
    links = [Link("MENTIONS", QT, SO_DL, sources=[QT]), Link("ISSUED_BY", cited, BCT_KEY, sources=[QT])]
    if with_event:
        links += [Link("MENTIONS", QT, HUNG, sources=[QT]), Link("REPORTS", QT, EV, sources=[QT]),
                  Link("ORGANIZED_BY", EV, SO_DL, sources=[QT]), Link("CHAIRED_BY", EV, HUNG, sources=[QT]),
                  Link("HOLDS_ROLE", HUNG, SO_DL, {"title": "Giám đốc"}, sources=[QT])]
    return GraphBatch(
        documents=[_article(QT, "Hội nghị triển khai"), stub],
        agencies=[AgencyNode(SO_DL, "Sở Du lịch tỉnh Quảng Trị", locality="Quảng Trị"), AgencyNode(BCT_KEY, "Bộ Chính trị")],
        persons=[PersonNode(HUNG, "Nguyễn Văn Hùng")] if with_event else [],
        events=[EventNode(EV, "Hội nghị triển khai", date="2024-03-15", locality="Quảng Trị")] if with_event else [],
        cites=[Cites(QT, cited, surface=cited, snippet=cited, sources=[QT])],
        links=links, sources=[QT])


def na_batch() -> GraphBatch:
    """Another article citing the same stub and naming the same department."""
    return GraphBatch(
        documents=[_article(NA, "Kế hoạch"), DocumentNode(S1, symbol="5/KH-SDL", family="state")],
        agencies=[AgencyNode(SO_DL, "Sở Du lịch tỉnh Quảng Trị"), AgencyNode(BCT_KEY, "Bộ Chính trị")],
        cites=[Cites(NA, S1, surface="Kế hoạch 5", snippet="Kế hoạch 5", sources=[NA])],
        links=[Link("MENTIONS", NA, SO_DL, sources=[NA]), Link("ISSUED_BY", S1, BCT_KEY, sources=[NA])],
        sources=[NA])


def keys_of(store: Store, label: str) -> set[str]:
    return {n["key"] for n in store.nodes(label)}


def pairs(store: Store, rel: str) -> set[tuple[str, str]]:
    return {(e["src"], e["dst"]) for e in store.edges(rel)}


def test_reading_a_document_again_replaces_what_it_gave_and_keeps_the_rest(store: Store) -> None:
    store.upsert(qt_batch())
    store.upsert(na_batch())
    assert pairs(store, "ISSUED_BY") == {(S1, BCT_KEY)}  # one edge, given by both
    summary = store.upsert(qt_batch(cited=S2, with_event=False))
    assert keys_of(store, "Event") == set() and keys_of(store, "Person") == set()
    for rel in ("REPORTS", "ORGANIZED_BY", "CHAIRED_BY", "HOLDS_ROLE"):
        assert store.edges(rel) == [], rel
    assert pairs(store, "CITES") == {(QT, S2), (NA, S1)}
    assert pairs(store, "ISSUED_BY") == {(S1, BCT_KEY), (S2, BCT_KEY)}  # S1's is still given by NA
    assert pairs(store, "MENTIONS") == {(QT, SO_DL), (NA, SO_DL)}
    assert summary.deleted_by_label == {"Event": 1, "Person": 1}
    store.upsert(GraphBatch(documents=[_article(NA, "Kế hoạch")], sources=[NA]))  # NA no longer cites S1
    assert store.get_document(S1) is None and pairs(store, "ISSUED_BY") == {(S2, BCT_KEY)}
    assert keys_of(store, "Agency") == {SO_DL, BCT_KEY}
    again = store.stats()
    store.upsert(qt_batch(cited=S2, with_event=False))
    assert store.stats() == again


def test_retracting_documents(store: Store) -> None:
    store.upsert(qt_batch())
    store.upsert(na_batch())
    summary = store.retract([QT])
    assert store.get_document(QT) is None
    assert keys_of(store, "Document") == {NA, S1} and keys_of(store, "Event") == set()
    assert keys_of(store, "Person") == set() and pairs(store, "ISSUED_BY") == {(S1, BCT_KEY)}
    assert summary.deleted_by_label == {"Document": 1, "Event": 1, "Person": 1}
    store.retract([NA])
    assert store.stats() == {"nodes": dict.fromkeys(NODE_LABELS, 0), "relationships": dict.fromkeys(REL_TYPES, 0)}


def test_a_retracted_document_that_others_still_cite_becomes_a_stub(store: Store) -> None:
    plan = DocumentNode(S1, symbol="5/KH-SDL", family="state", title="Kế hoạch phát triển du lịch", paths=["/a/kh.txt"],
                        source="/a/kh.txt", text_hash="h", is_stub=False)
    store.upsert(GraphBatch(documents=[plan, DocumentNode(S2, symbol="57-NQ/TW")],
                            cites=[Cites(S1, S2, sources=[S1])], sources=[S1]))
    store.upsert(na_batch())
    store.retract([S1])
    doc = store.get_document(S1)
    assert doc["is_stub"] and doc["paths"] is None and doc["text_hash"] is None
    assert doc["title"] == "Kế hoạch phát triển du lịch"
    assert pairs(store, "CITES") == {(NA, S1)} and store.get_document(S2) is None


def test_files_record_where_documents_were_read_and_a_path_moves_to_its_new_document(store: Store) -> None:
    from graph.model import SourceFile

    old, new = "article:" + "a" * 64, "article:" + "b" * 64
    store.upsert(GraphBatch(documents=[DocumentNode(old, paths=["/x/a.txt"], source="/x/a.txt", is_stub=False)],
                            files=[SourceFile("/x/a.txt", old, "h1")], sources=[old]))
    store.upsert(GraphBatch(documents=[DocumentNode(old, paths=["/y/a.txt"], source="/y/a.txt", is_stub=False)],
                            files=[SourceFile("/y/a.txt", old, "h1")]))
    assert store.get_document(old)["paths"] == ["/x/a.txt", "/y/a.txt"]
    store.upsert(GraphBatch(documents=[DocumentNode(new, paths=["/y/a.txt"], source="/y/a.txt", is_stub=False)],
                            files=[SourceFile("/y/a.txt", new, "h2")], sources=[new]))
    assert store.get_document(old)["paths"] == ["/x/a.txt"] and store.get_document(old)["source"] == "/x/a.txt"
    assert store.files(["/x/a.txt", "/y/a.txt", "/z"]) == {"/x/a.txt": {"document": old, "file_hash": "h1"},
                                                           "/y/a.txt": {"document": new, "file_hash": "h2"}}
    assert set(store.files_under("/y/")) == {"/y/a.txt"}
    store.retract([old])
    assert store.files(["/x/a.txt"]) == {} and store.get_document(old) is None


def test_search_answers_the_same_on_both_stores(tmp_path, neo4j_uri: str) -> None:
    import os

    from graph.embedded_store import EmbeddedStore
    from graph.neo4j_store import Neo4jStore

    queries = ["nghi quyet 35", "35-NQ/TW", "35", "nq", "dang", "ĐẢNG", "chuyen doi so", "quang tri", "ket luan",
               "nghị quyết", "15/2020", "nd-cp", "tu tuong", "nghi quyeet", "hoc", "a", "xyzzy", "  "]
    with EmbeddedStore(str(tmp_path / "db")) as embedded, Neo4jStore(
            neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")) as neo:
        neo.clear()
        for s in (embedded, neo):
            s.upsert(small_batch())
            s.upsert(qt_batch())
        for text in queries:
            for limit in (1, 3, 20):
                assert embedded.search(text, limit) == neo.search(text, limit), (text, limit)
        assert embedded.search("nghi quyet 35")[0]["key"] == NQ35


# --- search as documents come, change and go (the embedded store reads its word index, Neo4j its text index) ---

CT12 = "12-CT/TU@bac-ninh@2022"
TT08 = "08/2021/TT-BNV"
KH45 = "45-KH/TU@bac-ninh@2023"
B1, B2, B3 = "article:https://baobacninh.vn/b1", "article:https://baodongnai.vn/b2", "article:https://example.vn/b3"


def bn_batch(b1_title: str = "Đồng Nai sơ kết Chỉ thị về phòng, chống tham nhũng") -> GraphBatch:
    """A directive with a title, a circular whose symbol has '/' and '-', a plan stub with only its symbol,
    and three articles citing them (B1 twice: the directive and the plan)."""
    docs = [
        DocumentNode(CT12, symbol="12-CT/TU", family="party", doc_type="CT", number="12", scope="TU",
                     date="2022-03-01", year=2022, issuer="Tỉnh ủy Bắc Ninh", locality="Bắc Ninh", kind="directive",
                     title="Chỉ thị về tăng cường công tác phòng, chống tham nhũng", is_stub=False),
        DocumentNode(TT08, symbol="08/2021/TT-BNV", family="state", doc_type="TT", year=2021, kind="circular",
                     title="Thông tư hướng dẫn chế độ báo cáo thống kê ngành nội vụ", is_stub=False),
        DocumentNode(KH45, symbol="45-KH/TU", family="party", doc_type="KH"),
        DocumentNode(B1, family="article", kind="article", date="2023-05-02", title=b1_title, is_stub=False),
        DocumentNode(B2, family="article", kind="article", date="2023-06-01",
                     title="Hội thảo khoa học về chuyển đổi số", is_stub=False),
        DocumentNode(B3, family="article", kind="article", title="Tập huấn báo cáo thống kê", is_stub=False),
    ]
    cites = [Cites(B1, CT12, surface="Chỉ thị số 12-CT/TU", snippet="thực hiện Chỉ thị số 12-CT/TU"),
             Cites(B1, KH45, surface="Kế hoạch số 45-KH/TU", snippet="theo Kế hoạch số 45-KH/TU"),
             Cites(B2, CT12, surface="Chỉ thị 12", snippet="quán triệt Chỉ thị 12"),
             Cites(B3, TT08, surface="Thông tư 08/2021/TT-BNV", snippet="căn cứ Thông tư 08/2021/TT-BNV")]
    return GraphBatch(documents=docs, cites=cites, sources=[B1, B2, B3])


#: symbols with '/' and '-', parts of them, words with and without diacritics, partial words, several tokens
BN_QUERIES = ["12-CT/TU", "12-ct/tu", "ct/tu", "08/2021/TT-BNV", "tt-bnv", "2021/tt", "/2021/", "-kh", "45-KH/TU",
              "ke hoach 45", "kế hoạch", "Chỉ thị", "chi thi 12", "tham nhũng", "nhũ", "tham nhung bac ninh",
              "thong t", "bao cao thong ke", "báo", "dong nai", "Đồng", "so ket chi thi", "tong ket", "hoi thao",
              "chuyen doi so", "bac", "u", "12", "xyzzy", "nghi quyet 35"]


def keys_found(store: Store, text: str) -> list[str]:
    return [r["key"] for r in store.search(text)]


def test_search_finds_symbols_parts_of_words_and_only_what_is_stored(store: Store) -> None:
    store.upsert(bn_batch())
    assert keys_found(store, "08/2021/TT-BNV")[0] == TT08  # the exact symbol first
    assert TT08 in keys_found(store, "tt-bnv") and TT08 in keys_found(store, "2021/tt")  # inside one symbol
    assert keys_found(store, "ke hoach 45") == [KH45]  # a stub with only its symbol, by its type's name
    assert set(keys_found(store, "nhũ")) == {CT12, B1}  # part of a word, accents folded
    assert keys_found(store, "tham nhung bac ninh") == [CT12]  # every token, in any field
    ranked = store.search("chi thi")
    assert ranked[0]["key"] == CT12 and ranked[0]["cited_by"] == 2  # most cited first
    assert keys_found(store, "dong nai") == [B1]
    store.upsert(bn_batch(b1_title="Bắc Ninh tổng kết công tác"))  # B1 read again with another title
    assert keys_found(store, "dong nai") == [] and keys_found(store, "tong ket") == [B1]
    store.retract([B2])  # a source taken out: its words no longer find it, its citation no longer counts
    assert keys_found(store, "hoi thao") == [] and keys_found(store, "chuyen doi so") == []
    assert [(r["key"], r["cited_by"]) for r in store.search("12-ct/tu")] == [(CT12, 1)]
    store.upsert(GraphBatch(documents=[DocumentNode(B3, family="article", kind="article", title="Tin vắn",
                                                    is_stub=False)], sources=[B3]))  # B3 replaced: cites nothing
    assert keys_found(store, "tap huan") == [] and keys_found(store, "tin van") == [B3]
    assert [(r["key"], r["cited_by"]) for r in store.search("tt-bnv")] == [(TT08, 0)]


def test_search_answers_the_same_on_both_stores_as_documents_change(tmp_path, neo4j_uri: str) -> None:
    import os

    from graph.embedded_store import EmbeddedStore
    from graph.neo4j_store import Neo4jStore

    steps = [lambda s: s.upsert(small_batch()), lambda s: s.upsert(bn_batch()),
             lambda s: s.upsert(bn_batch(b1_title="Bắc Ninh tổng kết công tác")), lambda s: s.retract([B2]),
             lambda s: s.upsert(GraphBatch(documents=[DocumentNode(B3, family="article", kind="article",
                                                                   title="Tin vắn", is_stub=False)], sources=[B3]))]
    with EmbeddedStore(str(tmp_path / "db")) as embedded, Neo4jStore(
            neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")) as neo:
        neo.clear()
        for step in steps:
            step(embedded)
            step(neo)
            for text in BN_QUERIES + ["tong ket", "tin van", "tap huan", "hoi thao", "35", "dang"]:
                for limit in (1, 3, 20):
                    assert embedded.search(text, limit) == neo.search(text, limit), (text, limit)
