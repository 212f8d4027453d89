"""Analytics on the small graph of tests/sample_graph.py, whose answers are worked out by hand there."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
from sample_graph import A1, A2, A3, A4, D1, L1, R1, R2, S1, S2, S3, S4, sample_batch

from graph import analytics as an


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    batch = sample_batch()
    return an.citation_graph([asdict(d) for d in batch.documents], [asdict(c) for c in batch.cites])


def test_most_cited_counts_distinct_citing_documents(g):
    rows = an.most_cited(g, 5)
    assert [(r["key"], r["cited_by"]) for r in rows] == [(R1, 4), (D1, 3), (S1, 2), (R2, 2), (L1, 1)]
    assert rows[0]["symbol"] == "35-NQ/TW" and rows[0]["kind"] == "resolution"


def test_pagerank_order_and_values(g):
    rows = an.pagerank(g, 4)
    # the amendment chain S3 → S2 → S1 feeds S1; then the resolution every article cites
    assert [r["key"] for r in rows] == [S1, S2, R1, D1]
    reference = _pagerank_python(nx.DiGraph(g))  # networkx's own pure-Python PageRank
    for r in rows:
        assert r["score"] == pytest.approx(reference[r["key"]], abs=1e-5)
    assert sum(an.pagerank_scores(g).values()) == pytest.approx(1.0)


def test_citation_chains_end_at_central_documents(g):
    assert an.citation_chains(g, A1, 3) == [[A1, R2], [A1, R1], [A1, L1, D1], [A1, L1, R1]]
    assert an.citation_chains(g, A1, 1) == [[A1, R2], [A1, R1]]
    assert an.citation_chains(g, A4, 5) == [[A4, S3, S2, S1]]  # S1 cites nothing: the chain's end
    assert an.citation_chains(g, "no such document", 3) == []


def test_co_citation(g):
    top = an.co_citation(g, 2)
    assert [(r["a"], r["b"], r["count"]) for r in top] == [(D1, R1, 3), (R2, R1, 2)]
    assert top[0]["a_symbol"] == "05-CT/TW"


def test_supersession_chains(g):
    chains = [[(s["key"], s["relation"]) for s in c] for c in an.supersession_chains(g)]
    assert chains == [[(S1, None), (S4, "repeals")], [(S1, None), (S2, "amends"), (S3, "replaces")]]


def test_communities_split_the_party_and_state_clusters(g):
    found = an.communities(g)
    assert found == [{A1, A2, A3, L1, R1, R2, D1}, {A4, S1, S2, S3, S4}]


def test_communities_of_two_triangles_joined_by_one_edge():
    g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")])
    assert an.communities(g) == [{"a", "b", "c"}, {"x", "y", "z"}]


def test_filters_select_the_citing_side():
    batch = sample_batch()
    docs, cites = [asdict(d) for d in batch.documents], [asdict(c) for c in batch.cites]
    g = an.citation_graph(docs, cites, date_from="2023-01-01", date_to="2023-12-31")
    assert set(g) == {A1, A2, R1, R2, L1, D1}  # the 2023 articles and what they cite
    assert set(an.citation_graph(docs, cites, date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31))) == set(g)
    assert an.most_cited(g, 1)[0]["key"] in (R1, R2)
    g = an.citation_graph(docs, cites, locality="Quảng Trị")
    assert set(g) == {A1, L1, R1, R2, D1}
    g = an.citation_graph(docs, cites, kind="decree")
    assert set(g.edges()) == {(S2, S1), (S3, S2), (S4, S1)}
    # a document known only by its year counts when the year is in range
    g = an.citation_graph(docs, cites, date_from="2024-01-01")
    assert S4 in g and (S4, S1) in g.edges()


def test_build_graph_and_report_through_a_store(store):
    store.upsert(sample_batch())
    g = an.build_graph(store)
    assert g.number_of_nodes() == 12 and g.number_of_edges() == 14
    assert g.edges[A1, R1, "CITES"]["relation"] == "basis"
    assert set(an.build_graph(store, kind="article")) == {A1, A2, A3, A4, R1, R2, L1, D1, S3}
    result = an.report(store, top=3)
    assert [r["key"] for r in result["most_cited"]] == [R1, D1, S1]
    assert result["chains"]["source"] in (A1, A2)  # articles citing three documents
    text = an.render_report(result)
    assert "35-NQ/TW" in text and "Most cited" in text


def test_cycles_end():
    """A corpus that says A amends B and B amends A (an extraction error) still gives finite answers."""
    g = nx.MultiDiGraph()
    g.add_edge("A", "B", key="CITES", relation="amends")
    g.add_edge("B", "A", key="CITES", relation="amends")
    chains = an.supersession_chains(g)
    assert [[s["key"] for s in c] for c in chains] == [["A", "B"]]
    assert an.citation_chains(g, "A", 5) == []  # neither is central: both cite something
    assert an.most_cited(g, 5) == [{"key": "A", "symbol": None, "title": None, "kind": None, "cited_by": 1},
                                   {"key": "B", "symbol": None, "title": None, "kind": None, "cited_by": 1}]
