"""Citation analytics with networkx: plain functions over a graph, as networkx does.

`build_graph` loads the documents and CITES edges of a store into a MultiDiGraph (node = document key,
node attributes = document properties, edge key = "CITES", edge attributes = the citation's
properties); the other functions take that graph. `report` and `render_report` serve `citegraph analyze`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from graph.store import Store

SUPERSEDING = ("amends", "replaces", "repeals")


def _iso(value: str | dt.date | None) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def _in_range(doc: dict[str, Any], date_from: str | None, date_to: str | None) -> bool:
    """Whether a document's date falls in [date_from, date_to]; a document known only by its year
    counts when that year falls in the range's years; an undated one never does."""
    date, year = doc.get("date"), doc.get("year")
    if date:
        return (not date_from or date >= date_from) and (not date_to or date <= date_to)
    if year:
        return (not date_from or int(year) >= int(date_from[:4])) and (not date_to or int(year) <= int(date_to[:4]))
    return False


def build_graph(store: Store, *, date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
                locality: str | None = None, kind: str | None = None) -> nx.MultiDiGraph:
    """Documents and their CITES edges from a store (nothing else is read). Filters select the citing
    side: the graph holds the documents matching every filter given (date range, locality, kind), their
    citations, and what they cite."""
    return citation_graph(store.nodes("Document"), store.edges("CITES"), date_from=date_from, date_to=date_to,
                          locality=locality, kind=kind)


def citation_graph(documents: Iterable[dict[str, Any]], cites: Iterable[dict[str, Any]], *,
                   date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
                   locality: str | None = None, kind: str | None = None) -> nx.MultiDiGraph:
    """`build_graph` from rows: Document property dicts and CITES dicts (src, dst, properties)."""
    date_from, date_to = _iso(date_from), _iso(date_to)
    docs = {d["key"]: d for d in documents}

    def keep(d: dict[str, Any]) -> bool:
        return ((not (date_from or date_to) or _in_range(d, date_from, date_to))
                and (not locality or d.get("locality") == locality)
                and (not kind or d.get("kind") == kind))

    selected = {k for k, d in docs.items() if keep(d)}
    g = nx.MultiDiGraph()
    for k in sorted(selected):
        g.add_node(k, **docs[k])
    for e in cites:
        if e["src"] in selected:
            for end in (e["src"], e["dst"]):
                if end not in g:
                    g.add_node(end, **docs.get(end, {"key": end}))
            g.add_edge(e["src"], e["dst"], key="CITES", **{k: v for k, v in e.items() if k not in ("src", "dst")})
    return g


def _digraph(g: nx.MultiDiGraph) -> nx.DiGraph:
    """One edge per citing/cited pair."""
    d = nx.DiGraph()
    d.add_nodes_from(g.nodes)
    d.add_edges_from((u, v) for u, v in g.edges())
    return d


def _row(g: nx.MultiDiGraph, key: str, **extra: Any) -> dict[str, Any]:
    a = g.nodes[key]
    return {"key": key, "symbol": a.get("symbol"), "title": a.get("title"), "kind": a.get("kind"), **extra}


def most_cited(g: nx.MultiDiGraph, top: int = 10) -> list[dict[str, Any]]:
    """Documents cited by the most distinct documents: key, symbol, title, kind, cited_by."""
    counts = {n: len(set(g.predecessors(n))) for n in g}
    ranked = sorted((n for n in counts if counts[n]), key=lambda n: (-counts[n], n))
    return [_row(g, n, cited_by=counts[n]) for n in ranked[:top]]


def pagerank_scores(g: nx.MultiDiGraph, alpha: float = 0.85, tol: float = 1.0e-10,
                    max_iter: int = 200) -> dict[str, float]:
    """PageRank over distinct citations by power iteration, as `nx.pagerank` computes it (dangling
    documents spread their rank evenly) without needing scipy."""
    d = _digraph(g)
    n = d.number_of_nodes()
    if not n:
        return {}
    rank = dict.fromkeys(d, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in d if not d.out_degree(v)) / n
        new = dict.fromkeys(d, (1.0 - alpha) / n + dangling)
        for v in d:
            out = d.out_degree(v)
            for w in d.successors(v):
                new[w] += alpha * rank[v] / out
        delta = sum(abs(new[v] - rank[v]) for v in d)
        rank = new
        if delta < n * tol:
            break
    return rank


def pagerank(g: nx.MultiDiGraph, top: int = 10) -> list[dict[str, Any]]:
    """Documents by PageRank over distinct citations: key, symbol, title, kind, score."""
    scores = pagerank_scores(g)
    ranked = sorted(scores, key=lambda n: (-scores[n], n))
    return [_row(g, n, score=round(scores[n], 6)) for n in ranked[:top]]


def is_central(g: nx.MultiDiGraph, key: str) -> bool:
    """A chain's end: a document that cites nothing in the graph, or a central Party document (scope TW)."""
    a = g.nodes[key]
    return g.out_degree(key) == 0 or (a.get("family") == "party" and a.get("scope") == "TW")


def citation_chains(g: nx.MultiDiGraph, source_key: str, max_len: int = 3) -> list[list[str]]:
    """Paths of at most `max_len` citations from `source_key` to central documents (see `is_central`),
    shortest first; a path goes on through a central document to the ones it cites."""
    if source_key not in g:
        return []
    d = _digraph(g)
    chains: list[list[str]] = []

    def walk(path: list[str]) -> None:
        if len(path) > 1 and is_central(g, path[-1]):
            chains.append(list(path))
        if len(path) - 1 < max_len:
            for nxt in sorted(d.successors(path[-1])):
                if nxt not in path:
                    walk(path + [nxt])

    walk([source_key])
    return sorted(chains, key=lambda p: (len(p), p))


def co_citation(g: nx.MultiDiGraph, top: int = 10) -> list[dict[str, Any]]:
    """Pairs of documents cited together by the most documents: a, b (keys, a < b), their symbols, count."""
    pairs: Counter[tuple[str, str]] = Counter()
    for n in g:
        pairs.update(combinations(sorted(set(g.successors(n))), 2))
    ranked = sorted(pairs, key=lambda p: (-pairs[p], p))
    return [{"a": a, "b": b, "a_symbol": g.nodes[a].get("symbol"), "b_symbol": g.nodes[b].get("symbol"),
             "count": pairs[(a, b)]} for a, b in ranked[:top]]


def communities(g: nx.MultiDiGraph, seed: int = 0) -> list[set[str]]:
    """Louvain communities of the undirected citation graph (documents with no citation left out),
    largest first."""
    u = nx.Graph()
    u.add_edges_from((a, b) for a, b in g.edges() if a != b)
    if not u.number_of_edges():
        return []
    found = nx.community.louvain_communities(u, seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def supersession_chains(g: nx.MultiDiGraph) -> list[list[dict[str, Any]]]:
    """What amended, replaced or repealed each document, as far as the corpus says. Each chain starts at
    a document nothing in the chain supersedes, then follows the documents that amend / replace / repeal
    it: [{key, symbol, date, relation: None}, {key, symbol, date, relation: "amends"}, ...]."""
    later: dict[str, list[tuple[str, str]]] = {}  # superseded document → [(superseding, relation)]
    superseding: set[str] = set()
    for src, dst, data in g.edges(data=True):
        if data.get("relation") in SUPERSEDING:
            later.setdefault(dst, []).append((src, data["relation"]))
            superseding.add(src)
    for v in later.values():
        v.sort()

    def step(key: str, relation: str | None) -> dict[str, Any]:
        a = g.nodes[key]
        return {"key": key, "symbol": a.get("symbol"), "date": a.get("date"), "relation": relation}

    chains: list[list[dict[str, Any]]] = []
    seen: set[str] = set()

    def walk(path: list[dict[str, Any]]) -> None:
        key = path[-1]["key"]
        seen.add(key)
        nxt = [(s, r) for s, r in later.get(key, []) if s not in {p["key"] for p in path}]
        if not nxt:
            chains.append(path)
        for s, r in nxt:
            walk(path + [step(s, r)])

    roots = sorted(k for k in later if k not in superseding)
    for root in roots + sorted(later):  # the second pass only starts chains caught in a cycle
        if root not in seen:
            walk([step(root, None)])
    return chains


def report(store: Store, top: int = 10) -> dict[str, Any]:
    """Everything `citegraph analyze` shows, as a JSON-able dict."""
    g = build_graph(store)
    articles = [n for n, a in g.nodes(data=True) if a.get("family") == "article" or str(n).startswith("article:")]
    example = max(sorted(articles), key=g.out_degree, default=None)
    return {
        "store": store.describe(),
        "documents": g.number_of_nodes(),
        "citations": g.number_of_edges(),
        "most_cited": most_cited(g, top),
        "pagerank": pagerank(g, top),
        "co_citation": co_citation(g, top),
        "communities": [{"size": len(c), "members": sorted(c)[:top]} for c in communities(g)[:top]],
        "supersession": supersession_chains(g)[:top],
        "chains": {"source": example, "paths": citation_chains(g, example, 3)[:top] if example else []},
    }


def _label(row: dict[str, Any], key: str = "key", symbol: str = "symbol") -> str:
    return row.get(symbol) or row[key]


def render_report(result: dict[str, Any]) -> str:
    """`report` as text for people."""
    out = [f"{result['store']}: {result['documents']} documents, {result['citations']} citations"]

    def section(title: str, lines: list[str]) -> None:
        out.extend(["", title, *(lines or ["  (none)"])])

    section("Most cited (distinct citing documents)",
            [f"  {r['cited_by']:5}  {_label(r)}  {r.get('title') or ''}".rstrip() for r in result["most_cited"]])
    section("PageRank", [f"  {r['score']:.4f}  {_label(r)}" for r in result["pagerank"]])
    section("Cited together", [f"  {r['count']:5}  {_label(r, 'a', 'a_symbol')} + {_label(r, 'b', 'b_symbol')}"
                               for r in result["co_citation"]])
    section("Communities", [f"  {c['size']:5}  {', '.join(c['members'])}" for c in result["communities"]])
    section("Supersession (amended / replaced / repealed by)", [
        "  " + " ← ".join((f"[{s['relation']}] " if s["relation"] else "") + (s["symbol"] or s["key"]) for s in chain)
        for chain in result["supersession"]])
    chains = result["chains"]
    if chains["source"]:
        section(f"Citation chains from {chains['source']}", ["  " + " → ".join(p) for p in chains["paths"]])
    return "\n".join(out)
