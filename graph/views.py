"""What the Streamlit app shows, computed over the `Store` interface (no Streamlit here, no inline Cypher
in app.py): citing rows with highlighted sentences, timelines, neighbourhoods, the implementation
tracker, the example queries of the Cypher console and the pictures of query results."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from graph.store import Store, StoreError
from loaders.gazetteer import canonical_province, provinces
from loaders.text import fold

#: the bundled example documents (inside the package; in a checkout graph/examples links to examples/)
EXAMPLES = (Path(__file__).parent / "examples").resolve()

RELATION_LABELS = {
    "implements": "thực hiện",
    "continues": "tiếp tục thực hiện",
    "reviews": "sơ kết / tổng kết",
    "basis": "căn cứ",
    "replaces": "thay thế",
    "amends": "sửa đổi, bổ sung",
    "repeals": "bãi bỏ",
    "guides": "hướng dẫn",
    "corrects": "đính chính",
    "mentions": "nhắc đến",
}


def relation_label(relation: str | None) -> str:
    """The Vietnamese name of a citation relation."""
    return RELATION_LABELS.get(relation or "mentions", relation or "nhắc đến")


def is_empty(store: Store) -> bool:
    """True when the store holds no node at all."""
    return sum(store.stats().get("nodes", {}).values()) == 0


def total_counts(store: Store) -> tuple[int, int]:
    """(nodes, relationships) in the store."""
    stats = store.stats()
    return sum(stats.get("nodes", {}).values()), sum(stats.get("relationships", {}).values())


def store_exists(db: str) -> bool:
    """Whether an embedded store is at `db` (a data folder, or a LadybugDB file)."""
    from graph.embedded_store import DB_FILE

    return Path(db).is_file() or (Path(db) / DB_FILE).is_file()


def doc_label(doc: dict[str, Any]) -> str:
    """A short human label: the symbol (with its year) or the title."""
    symbol = doc.get("symbol")
    if symbol:
        year = doc.get("year") or (str(doc.get("date") or "")[:4] or None)
        return f"{symbol} ({year})" if year and str(year) != "unknown" else symbol
    title = doc.get("title") or doc.get("source") or doc.get("key") or "?"
    return title if len(title) <= 60 else title[:57] + "…"


def long_label(doc: dict[str, Any]) -> str:
    """The symbol (with its year) and the title in full, or the title alone."""
    title = doc.get("title")
    if doc.get("symbol"):
        return f"{doc_label(doc)} — {title}" if title else doc_label(doc)
    return title or doc.get("source") or doc.get("key") or "?"


def highlight(snippet: str | None, surface: str | None) -> str:
    """The sentence as safe HTML with the reference wrapped in <mark> (escape first, then mark)."""
    text = snippet or ""
    if not surface:
        return html.escape(text)
    i = text.find(surface)
    if i < 0:
        # Spaces may differ (non-breaking, doubled): match on a whitespace-normalised copy.
        i = _find_loose(text, surface)
        if i is None:
            return html.escape(text)
        start, end = i
    else:
        start, end = i, i + len(surface)
    return html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>" + html.escape(text[end:])


def _find_loose(text: str, surface: str) -> tuple[int, int] | None:
    import re

    pattern = r"\s+".join(re.escape(part) for part in surface.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def highlight_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The whole text as safe HTML with each (start, end, title) span in <mark title=...>."""
    out: list[str] = []
    pos = 0
    for start, end, title in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark title="{html.escape(title, quote=True)}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


#: citing documents the app's document page lists at once (the next ones a page further)
CITED_BY_PAGE = 50


def citing_rows(store: Store, key: str, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
    """Documents citing `key` (the `limit` after the first `offset`, newest first) with their agency (issuer)
    and locality filled from the documents."""
    return _with_docs(store, store.cited_by(key, limit=limit, offset=offset))


def cited_rows(store: Store, key: str, limit: int = 500) -> list[dict[str, Any]]:
    """Documents that `key` cites, with issuer and kind."""
    return _with_docs(store, store.cites(key, limit=limit))


def agencies_of(store: Store, keys: list[str]) -> dict[str, str]:
    """For each key, its issuing agency, else the organisers of the event it reports ("A; B")."""
    if not keys:
        return {}
    try:
        found = store.agencies_of(keys)
    except StoreError:
        return {}
    return {k: "; ".join(names) for k, names in found.items()}


def _with_docs(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = sorted({r["key"] for r in rows if r.get("key")})
    docs = {d["key"]: d for d in store.documents(keys)} if keys else {}
    agencies = agencies_of(store, [k for k in keys if not docs.get(k, {}).get("issuer")])
    out = []
    for r in rows:
        d = docs.get(r.get("key"), {})
        row = dict(r)
        row["agency"] = d.get("issuer") or agencies.get(r.get("key")) or None
        row["kind"] = d.get("kind")
        row["locality"] = r.get("locality") or d.get("locality")
        row["is_stub"] = d.get("is_stub")
        merged = {**d, **{k: v for k, v in r.items() if v is not None}}
        row["label"] = doc_label(merged)
        row["long_label"] = long_label(merged)
        out.append(row)
    return out


def by_month(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Number of citing documents per month (YYYY-MM), in order, months without citations included."""
    months = Counter(str(r["date"])[:7] for r in rows if r.get("date") and len(str(r["date"])) >= 7)
    if not months:
        return []
    return [{"tháng": k, "số văn bản": months.get(k, 0)} for k in _months(min(months), max(months))]


def count_by(rows: list[dict[str, Any]], column: str, missing: str = "(không rõ)") -> list[dict[str, Any]]:
    """Counts of distinct citing documents by a column, most first."""
    seen: dict[str, set[str]] = {}
    for r in rows:
        seen.setdefault(r.get(column) or missing, set()).add(r.get("key") or "")
    return [{column: k, "số văn bản": len(v)} for k, v in sorted(seen.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


@dataclass
class Neighbourhood:
    """Nodes (Document dicts with a `hop`) and CITES edges (src, dst, relation) around one document."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)


def neighbourhood(store: Store, key: str, hops: int = 1, limit: int = 40) -> Neighbourhood:
    """The documents within `hops` citations of `key` (either direction), at most `limit` per node."""
    hood = Neighbourhood()
    doc = store.get_document(key)
    if doc is None:
        return hood
    hood.nodes[key] = {**doc, "hop": 0}
    frontier = [key]
    seen_edges: set[tuple[str, str]] = set()
    for hop in range(1, hops + 1):
        nxt: list[str] = []
        for k in frontier:
            for direction, rows in (("in", store.cited_by(k, limit=limit)), ("out", store.cites(k, limit=limit))):
                for r in rows:
                    other = r["key"]
                    src, dst = (other, k) if direction == "in" else (k, other)
                    if (src, dst) not in seen_edges:
                        seen_edges.add((src, dst))
                        hood.edges.append({"src": src, "dst": dst, "relation": r.get("relation")})
                    if other not in hood.nodes:
                        hood.nodes[other] = {**r, "hop": hop}
                        nxt.append(other)
        frontier = nxt
    return hood


# ---------------------------------------------------------------- implementation tracker


@dataclass
class Tracker:
    """Which provinces have documents citing one central document, first one and lag."""

    document: dict[str, Any]
    rows: list[dict[str, Any]]  # one per province with a citing document
    missing: list[str]  # pre-2025 provinces with none
    merged: list[dict[str, Any]]  # the 34 units since 1 July 2025
    unplaced: list[dict[str, Any]]  # citing documents without a known province

    def median_lag(self) -> int | None:
        """Median days from the document to each province's first citing document (None: no dated one)."""
        lags = sorted(r["độ trễ (ngày)"] for r in self.rows if r["độ trễ (ngày)"] is not None)
        if not lags:
            return None
        mid = len(lags) // 2
        return lags[mid] if len(lags) % 2 else round((lags[mid - 1] + lags[mid]) / 2)


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return (date.fromisoformat(str(b)[:10]) - date.fromisoformat(str(a)[:10])).days
    except (TypeError, ValueError):
        return None


def tracker(store: Store, key: str, citing: list[dict[str, Any]] | None = None) -> Tracker | None:
    """The implementation tracker of `key` over the 63 pre-2025 provinces and the 34 merged units
    (`citing`: its `citing_rows`, when the caller has them already)."""
    doc = store.get_document(key)
    if doc is None:
        return None
    issued = doc.get("date")
    first: dict[str, dict[str, Any]] = {}
    counts: Counter[str] = Counter()
    unplaced = []
    for r in citing if citing is not None else citing_rows(store, key, limit=100000):
        name = canonical_province(r["locality"]) if r.get("locality") else None
        if not name:
            unplaced.append(r)
            continue
        counts[name] += 1
        best = first.get(name)
        if best is None or (r.get("date") or "9999") < (best.get("date") or "9999"):
            first[name] = r
    units = {p.name: p for p in provinces()}
    rows = []
    for name, r in first.items():
        p = units.get(name)
        rows.append({
            "tỉnh, thành": name,
            "đơn vị từ 1/7/2025": p.merged_into if p else name,
            "văn bản đầu tiên": r.get("label"),
            "ngày": r.get("date"),
            "độ trễ (ngày)": _days(issued, r.get("date")),
            "số văn bản": counts[name],
            "key": r["key"],
        })
    rows.sort(key=lambda x: (x["ngày"] or "9999", x["tỉnh, thành"]))
    missing = [p.name for p in provinces() if p.name not in first]
    merged_units: dict[str, dict[str, Any]] = {}
    for p in provinces():
        u = merged_units.setdefault(p.merged_into, {"đơn vị từ 1/7/2025": p.merged_into, "gồm": [],
                                                     "đã có": [], "ngày đầu tiên": None})
        u["gồm"].append(p.name)
        if p.name in first:
            u["đã có"].append(p.name)
            d = first[p.name].get("date")
            if d and (u["ngày đầu tiên"] is None or d < u["ngày đầu tiên"]):
                u["ngày đầu tiên"] = d
    merged = [{**u, "gồm": ", ".join(u["gồm"]), "đã có": ", ".join(u["đã có"]),
               "độ trễ (ngày)": _days(issued, u["ngày đầu tiên"])} for u in merged_units.values()]
    merged.sort(key=lambda u: (u["ngày đầu tiên"] or "9999", u["đơn vị từ 1/7/2025"]))
    return Tracker(doc, rows, missing, merged, unplaced)


def _months(first: str, last: str) -> list[str]:
    """Every month (YYYY-MM) from `first` to `last`, both included."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def adoption_by_month(t: Tracker) -> list[dict[str, Any]]:
    """Provinces with at least one citing document by the end of each month, from the document's month
    (or the first citing one) to the last citing document: month, provinces so far, new that month."""
    firsts = sorted(str(r["ngày"])[:7] for r in t.rows if r.get("ngày") and len(str(r["ngày"])) >= 7)
    if not firsts:
        return []
    issued = str(t.document.get("date") or "")[:7]
    start = min(firsts[0], issued) if len(issued) == 7 and issued[4] == "-" else firsts[0]
    new = Counter(firsts)
    out, total = [], 0
    for month in _months(start, firsts[-1]):
        total += new.get(month, 0)
        out.append({"tháng": month, "số tỉnh, thành": total, "mới": new.get(month, 0)})
    return out


@cache
def province_points() -> dict[str, tuple[float, float, str]]:
    """Province → (latitude, longitude, seat) of its seat, from graph/data/province_points.tsv (GeoNames)."""
    points = {}
    with (Path(__file__).resolve().parent / "data" / "province_points.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(("#", "province\t")) or not line.strip():
                continue
            name, seat, lat, lon, _source = line.rstrip("\n").split("\t")
            points[name] = (float(lat), float(lon), seat)
    return points


def province_map(t: Tracker) -> list[dict[str, Any]]:
    """One row per province before 1/7/2025 for the tracker's map: where its seat is, the lag of its first
    citing document (None: none yet), that document's date and the number of citing documents."""
    found = {r["tỉnh, thành"]: r for r in t.rows}
    out = []
    for name, (lat, lon, _seat) in province_points().items():
        r = found.get(name, {})
        out.append({"tỉnh, thành": name, "vĩ độ": lat, "kinh độ": lon, "độ trễ (ngày)": r.get("độ trễ (ngày)"),
                    "ngày": r.get("ngày"), "số văn bản": r.get("số văn bản", 0), "đã có": bool(r)})
    return out


def central_documents(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    """Central (…/TW and State) documents that are cited, most cited first: key, label, cited_by."""
    counts: dict[str, set[str]] = {}
    for e in store.edges("CITES"):
        counts.setdefault(e["dst"], set()).add(e["src"])
    docs = store.documents(sorted(counts))
    out = [
        {"key": d["key"], "label": doc_label(d), "title": d.get("title"), "cited_by": len(counts[d["key"]])}
        for d in docs
        if (d.get("scope") or "") == "TW" or (d.get("family") == "state" and not d.get("locality"))
    ]
    out.sort(key=lambda d: (-d["cited_by"], d["label"]))
    return out[:limit]


# ---------------------------------------------------------------- Cypher console

#: example queries that both dialects (LadybugDB and Neo4j) run as written
SHARED_EXAMPLES: dict[str, str] = {
    "Các văn bản được trích dẫn nhiều nhất":
        "MATCH (a:Document)-[:CITES]->(b:Document)\n"
        "RETURN b.symbol AS symbol, b.date AS date, count(DISTINCT a) AS cited_by\n"
        "ORDER BY cited_by DESC LIMIT 10",
    "Ai trích dẫn Nghị quyết 35-NQ/TW":
        "MATCH (a:Document)-[c:CITES]->(b:Document {symbol: '35-NQ/TW'})\n"
        "RETURN a.title AS title, a.date AS date, a.locality AS locality, c.relation AS relation,\n"
        "       c.snippet AS snippet\nORDER BY date",
    "Trích dẫn theo tỉnh":
        "MATCH (a:Document)-[:CITES]->(b:Document)\nWHERE a.locality IS NOT NULL\n"
        "RETURN a.locality AS locality, count(*) AS citations ORDER BY citations DESC",
    "Chuỗi trích dẫn (tối đa 3 bước) từ một bài":
        "MATCH p = (a:Document)-[:CITES*1..3]->(b:Document)\nWHERE a.kind = 'article' AND b.scope = 'TW'\n"
        "RETURN a.title AS from_title, b.symbol AS to_symbol, length(p) AS steps LIMIT 25",
    "Các văn bản và quan hệ (để vẽ)":
        "MATCH (a:Document)-[c:CITES]->(b:Document)\nRETURN a, c, b LIMIT 30",
}

EXAMPLE_QUERIES: dict[str, dict[str, str]] = {
    "embedded": {**SHARED_EXAMPLES,
        "Cơ quan được nhắc đến nhiều nhất":
            "MATCH (d:Document)-[:MENTIONS]->(g:Agency)\n"
            "RETURN g.name AS agency, count(d) AS documents ORDER BY documents DESC LIMIT 10",
    },
    "neo4j": {**SHARED_EXAMPLES,
        "Đường đi ngắn nhất giữa hai văn bản":
            "MATCH (a:Document {symbol: '02-NQ/TU'}), (b:Document {symbol: '35-NQ/TW'})\n"
            "MATCH p = shortestPath((a)-[:CITES*..4]-(b))\n"
            "RETURN [n IN nodes(p) | coalesce(n.symbol, n.title)] AS path LIMIT 5",
    },
}


def example_queries(kind: str) -> dict[str, str]:
    """The console's example queries for a store kind ("embedded" or "neo4j")."""
    return EXAMPLE_QUERIES.get(kind, EXAMPLE_QUERIES["embedded"])


def _node_key(value: Any) -> str | None:
    if isinstance(value, dict) and isinstance(value.get("key"), str):
        return value["key"]
    return None


def _is_rel(value: Any) -> bool:
    return isinstance(value, dict) and ("_src" in value or "_SRC" in value or "relation" in value) \
        and not _node_key(value)


def result_graph(rows: list[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, str]]]:
    """Nodes (by key) returned by a query, and edges between the nodes of one row in column order
    where a relationship sits between them (a, r, b) — enough to draw `RETURN a, r, b`."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[tuple[str, str, str]] = []
    for row in rows:
        values = list(row.values())
        for i, v in enumerate(values):
            k = _node_key(v)
            if k:
                nodes.setdefault(k, v)
                if i >= 2 and _is_rel(values[i - 1]) and _node_key(values[i - 2]):
                    rel = values[i - 1]
                    label = rel.get("relation") or rel.get("_LABEL") or rel.get("_type") or ""
                    edges.append((_node_key(values[i - 2]) or "", k, str(label)))
    return nodes, edges


def flatten_cell(value: Any) -> Any:
    """A value fit for a table cell: nodes as their label, other dicts and lists as text."""
    if isinstance(value, dict):
        k = _node_key(value)
        if k:
            return doc_label(value) if ("symbol" in value or "title" in value) else value.get("name") or k
        return ", ".join(f"{a}={b}" for a, b in value.items() if not str(a).startswith("_") and b is not None)
    if isinstance(value, list | tuple):
        return ", ".join(str(flatten_cell(v)) for v in value)
    return value


def table(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with every cell flattened for st.dataframe and CSV."""
    return [{k: flatten_cell(v) for k, v in r.items()} for r in rows]


def matches(doc: dict[str, Any], text: str) -> bool:
    """Accent-insensitive filter used by the app's local filters."""
    needle = fold(text)
    hay = fold(" ".join(str(doc.get(k) or "") for k in ("symbol", "title", "locality", "issuer")))
    return needle in hay


# ---------------------------------------------------------------- analytics, upload helpers


def province_names() -> list[str]:
    """The 63 pre-2025 provinces, alphabetical by folded name."""
    return sorted((p.name for p in provinces()), key=fold)


def chain_starts(g: Any) -> dict[str, str]:
    """Citing documents of an analytics graph (those that cite something), labelled, most citations first."""
    starts = [n for n in g if g.out_degree(n)]
    starts.sort(key=lambda n: (-g.out_degree(n), doc_label(g.nodes[n])))
    return {n: doc_label(g.nodes[n]) for n in starts}


def ingest_errors(summary: Any) -> list[str]:
    """Per-file error messages of an IngestSummary, for people."""
    return [f"{Path(f.path).name}: {f.error}" for f in summary.files if f.status == "failed"]
