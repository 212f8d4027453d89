"""citegraph: the Streamlit app for policy staff and researchers (`citegraph serve`, or `streamlit run app.py`
in a checkout: both run `main`).

Thin: every page calls graph/ and loaders/ (graph/views.py for what the pages show); no Cypher here.
Pages are linkable: ``?page=van-ban&doc=KEY`` opens a document; ``?lang=en`` shows the app in English
(every label goes through `t`, whose English is in graph/data/i18n.tsv). The app only reads: an embedded store is
opened read-only (it sees what `citegraph ingest` commits meanwhile; a commit waits at most for one read); an upload is
stored by a short write session in a child process (graph/write_session.py).
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from graph import i18n, views
from graph.pipeline import extract_file
from graph.store import DEFAULT_DB, QueryRefused, Store, StoreError, open_store
from graph.write_session import WriteResult, ingest_in_child


def t(text: str, **values: object) -> str:
    """`text` in the language the user chose (sidebar, or ?lang=en)."""
    return i18n.t(text, st.session_state.get("lang") or i18n.language(st.query_params.get("lang")), **values)


PAGES = {
    "tim-kiem": "Tìm kiếm",
    "van-ban": "Văn bản",
    "theo-doi": "Theo dõi thực hiện",
    "phan-tich": "Phân tích",
    "cypher": "Cypher",
    "tai-len": "Tải lên",
    "xuat": "Xuất dữ liệu",
}
SLUGS = {v: k for k, v in PAGES.items()}
MAX_UPLOAD_MB = 20
UPLOAD_TYPES = ["txt", "html", "htm", "docx", "pdf"]
KIND_LABELS = {
    "resolution": "Nghị quyết", "conclusion": "Kết luận", "directive": "Chỉ thị", "regulation": "Quy định",
    "decision": "Quyết định", "law": "Luật", "decree": "Nghị định", "circular": "Thông tư", "plan": "Kế hoạch",
    "programme": "Chương trình", "guidance": "Hướng dẫn", "notice": "Thông báo",
    "report": "Báo cáo", "article": "Bài viết", "letter": "Công văn", "dispatch": "Công điện",
    "rules": "Quy chế", "communique": "Thông cáo", "submission": "Tờ trình", "scheme": "Đề án",
    "minutes": "Biên bản", "ordinance": "Pháp lệnh",
}
EXPORT_LABELS = {
    "ttl": "RDF Turtle (.ttl)", "jsonld": "JSON-LD (.jsonld)", "nt": "N-Triples (.nt)",
    "graphml": "GraphML (.graphml, cho Gephi, yEd)", "csv": "CSV cho neo4j-admin import (.zip)",
}
STYLE = """<style>
mark { background: #ffe066; padding: 0 2px; border-radius: 2px; }
.cg-snip { border-left: 3px solid #c9a227; padding: .3rem .7rem; margin: 0 0 1.2rem 0; background: #fafaf5; }
div[data-testid="stButton"] button[kind="tertiary"] p { color: #1d4f91; font-weight: 600; text-align: left; }
.cg-text { max-height: 420px; overflow-y: auto; border: 1px solid #ddd; padding: .6rem; font-size: .92rem; }
</style>"""


# ---------------------------------------------------------------- store


def store_location() -> tuple[str | None, str | None]:
    """(embedded folder, Neo4j URI) as the user selected them: NEO4J_URI (or the config file) wins, else
    CITEGRAPH_DB, else ./citegraph-data."""
    from graph.config import neo4j_settings

    uri = neo4j_settings()["uri"]
    return (None, uri) if uri else (os.environ.get("CITEGRAPH_DB") or DEFAULT_DB, None)


@st.cache_resource(show_spinner=False)
def get_store(db: str | None, neo4j_uri: str | None) -> Store:
    """The store at `db` (read-only) or `neo4j_uri` (the arguments key the cache). A new embedded store first
    gets the bundled examples, written by a short write session."""
    if neo4j_uri:
        return open_store(neo4j_uri=neo4j_uri)
    if not views.store_exists(db):
        result = ingest_in_child([views.EXAMPLES], db=db)
        if not result.ok and not views.store_exists(db):
            raise StoreError(f"the bundled examples could not be stored in {db}: {result.message}")
    return open_store(db=db, read_only=True)


def write_files(paths: list[str]) -> WriteResult:
    """Ingest `paths` into the app's store in a short write session."""
    db, uri = store_location()
    return ingest_in_child(paths, db=db, neo4j_uri=uri)


def kind_label(kind: str | None) -> str:
    return t(KIND_LABELS[kind]) if kind in KIND_LABELS else kind or ""


def blank_empty(df: pd.DataFrame) -> pd.DataFrame:
    """The table as shown: a column with empty cells becomes text, its empty cells blank (never "None")."""
    out = df.copy()
    for column in out.columns:
        values = list(out[column])
        if any(_empty(v) for v in values):
            out[column] = ["" if _empty(v) else str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
                           for v in values]
    return out


def _empty(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def relation(rel: str | None) -> str:
    return t(views.relation_label(rel))


def table(rows: list[dict[str, Any]] | pd.DataFrame, name: str, key: str, hide: tuple[str, ...] = ()) -> None:
    """A table with its column names in the user's language, empty cells blank, and its CSV to download."""
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    df = df.drop(columns=[c for c in hide if c in df.columns]).rename(columns=t)
    st.dataframe(blank_empty(df), hide_index=True)
    st.download_button(t("Tải CSV"), df.to_csv(index=False).encode("utf-8-sig"), f"{name}.csv", "text/csv",
                       key=f"csv-{key}", icon=":material/download:")


def open_doc(key: str) -> None:
    """Callback: go to the document page of `key` (and make the URL say so)."""
    st.session_state["nav"] = PAGES["van-ban"]
    st.query_params["page"] = "van-ban"
    st.query_params["doc"] = key


def doc_button(row: dict[str, Any], where: str, label: str | None = None) -> None:
    """A button that opens the document of `row`."""
    st.button(label or row.get("label") or views.doc_label(row), key=f"open-{where}-{row['key']}",
              on_click=open_doc, args=(row["key"],), type="tertiary", icon=":material/description:")


def _sync_nav() -> None:
    st.query_params["page"] = SLUGS[st.session_state["nav"]]
    if st.session_state["nav"] != PAGES["van-ban"] and st.session_state["nav"] != PAGES["theo-doi"]:
        st.query_params.pop("doc", None)


# ---------------------------------------------------------------- pages


def page_search(store: Store) -> None:
    st.header(t("Tìm kiếm văn bản"))
    q = st.text_input(t("Ký hiệu, trích yếu hoặc từ khóa (không cần dấu)"), key="q",
                      placeholder="35-NQ/TW, nghi quyet 35, chuyển đổi số …")
    if not q.strip():
        st.caption(t("Ví dụ: `35-NQ/TW`, `nghi quyet 57`, `chuyển đổi số`, `Quảng Trị`."))
        return
    try:
        results = store.search(q.strip(), limit=50)
    except StoreError as e:
        st.error(t("Không tìm được: {error}", error=e))
        return
    if not results:
        st.info(t("Không tìm thấy văn bản nào cho “{q}”.", q=q))
        return
    st.caption(t("{n} kết quả", n=len(results)))
    for i, r in enumerate(results):
        c1, c2 = st.columns([2, 5])
        with c1:
            doc_button(r, f"s{i}")
        with c2:
            st.markdown(
                f"**{kind_label(r.get('kind'))}** · {r.get('date') or t('không rõ ngày')} · "
                + t("được trích dẫn bởi **{n}** văn bản", n=r.get("cited_by") or 0)
                + (" · _" + t("chỉ biết qua trích dẫn") + "_" if r.get("is_stub") else "")
            )
            if r.get("title"):
                st.caption(r["title"])


def _doc_key_from_state() -> str | None:
    return st.query_params.get("doc") or None


def page_document(store: Store) -> None:
    key = _doc_key_from_state()
    if not key:
        st.header(t("Văn bản"))
        st.info(t("Chọn một văn bản ở trang Tìm kiếm, hoặc nhập ký hiệu dưới đây."))
        q = st.text_input(t("Ký hiệu"), key="doc-q")
        for i, r in enumerate(store.search(q, limit=10) if q.strip() else []):
            doc_button(r, f"d{i}")
        return
    doc = store.get_document(key)
    if doc is None:
        st.error(t("Không có văn bản với khóa `{key}`.", key=key))
        return
    st.header(views.doc_label(doc))
    if doc.get("title") and doc.get("symbol"):
        st.markdown(f"_{doc['title']}_")
    meta = {
        "Ký hiệu": doc.get("symbol"), "Loại": kind_label(doc.get("kind")), "Cơ quan ban hành": doc.get("issuer"),
        "Ngày ban hành": doc.get("date"), "Khóa": doc.get("term"), "Địa phương": doc.get("locality"),
        "Trích yếu / tiêu đề": doc.get("title"), "Nguồn": doc.get("source"),
        "Tệp đã đọc": "; ".join(doc.get("paths") or []),
        "Trạng thái": t("chỉ biết qua trích dẫn (chưa có toàn văn)") if doc.get("is_stub")
        else t("có văn bản trong kho"),
        "Khóa trong đồ thị": key,
    }
    st.table(pd.DataFrame([(t(k), str(v)) for k, v in meta.items() if v], columns=[t("Thuộc tính"), t("Giá trị")]))

    citers = store.citer_count(key)
    cited = views.cited_rows(store, key)
    views_ = {
        "in": t("Được trích dẫn bởi ({n})", n=citers), "out": t("Trích dẫn ({n})", n=len(cited)),
        "stats": t("Thống kê"), "graph": t("Mạng lưới"),
    }
    view = st.radio(t("Xem"), list(views_), format_func=views_.get, horizontal=True, key="doc-view",
                    label_visibility="collapsed")
    if view == "in":
        st.subheader(t("Được trích dẫn bởi"))
        if not citers:
            st.info(t("Chưa có văn bản nào trong kho trích dẫn văn bản này."))
        _citation_list(_citing_page(store, key, citers), "in")
    elif view == "out":
        st.subheader(t("Trích dẫn"))
        if not cited:
            st.info(t("Văn bản này không trích dẫn văn bản nào (hoặc chưa có toàn văn)."))
        _citation_list(cited, "out")
    elif view == "stats":
        citing = views.citing_rows(store, key)  # the newest 500
        months = views.by_month(citing)
        if months:
            st.altair_chart(_month_chart(months, "số văn bản", t("Số văn bản trích dẫn theo tháng"), bars=True))
            c1, c2 = st.columns(2)
            with c1:
                st.subheader(t("Theo địa phương"))
                table(views.count_by(citing, "locality", t("(không rõ)")), "theo-dia-phuong", "by-locality")
            with c2:
                st.subheader(t("Theo cơ quan"))
                table(views.count_by(citing, "agency", t("(không rõ)")), "theo-co-quan", "by-agency")
        else:
            st.info(t("Chưa có trích dẫn có ngày để thống kê."))
    else:
        _neighbourhood(store, key)


def _citing_page(store: Store, key: str, citers: int) -> list[dict[str, Any]]:
    """One page of the documents citing `key`, newest first, and where it stands among all `citers`; a page
    number to go further when there are more than a page."""
    size = views.CITED_BY_PAGE
    page = 1
    if citers > size:
        page = int(st.number_input(t("Trang"), min_value=1, max_value=math.ceil(citers / size), value=1, step=1,
                                   key=f"cited-page-{key}"))
    rows = views.citing_rows(store, key, limit=size, offset=(page - 1) * size)
    if citers > size:
        st.caption(t("Văn bản {first}–{last} trong {n}", first=(page - 1) * size + 1,
                     last=(page - 1) * size + len(rows), n=citers))
    return rows


def _citation_list(rows: list[dict[str, Any]], where: str) -> None:
    for i, r in enumerate(rows):
        doc_button(r, f"{where}{i}", r.get("long_label"))
        bits = [r.get("date") or t("không rõ ngày"), r.get("agency"), r.get("locality"),
                t("quan hệ: {relation}", relation=relation(r.get("relation")))]
        st.caption(" · ".join(b for b in bits if b))
        if r.get("snippet"):
            st.markdown(f'<div class="cg-snip">{views.highlight(r["snippet"], r.get("surface"))}</div>',
                        unsafe_allow_html=True)


def _neighbourhood(store: Store, key: str) -> None:
    hops = st.radio(t("Phạm vi"), [1, 2], format_func=lambda h: t("{n} bước", n=h), horizontal=True, key="hops")
    hood = views.neighbourhood(store, key, hops=hops)
    if len(hood.nodes) <= 1:
        st.info(t("Văn bản chưa có liên kết trích dẫn."))
        return
    try:
        from streamlit_agraph import Config, Edge, Node, agraph
    except ImportError:  # the package is a dependency; keep the page usable without it
        agraph = None
    if agraph is not None:
        colours = {0: "#d62728", 1: "#1f77b4", 2: "#9ecae1"}
        nodes = [Node(id=k, label=views.doc_label(d), title=d.get("title") or views.doc_label(d),
                      size=22 if d["hop"] == 0 else 14, color=colours.get(d["hop"], "#9ecae1"))
                 for k, d in hood.nodes.items()]
        edges = [Edge(source=e["src"], target=e["dst"], label=relation(e["relation"])) for e in hood.edges]
        clicked = agraph(nodes=nodes, edges=edges,
                         config=Config(width=1000, height=520, directed=True, physics=True))
        if clicked and clicked != key and clicked in hood.nodes:
            open_doc(clicked)
            st.rerun()
        st.caption(t("Nhấn vào một nút để mở văn bản đó."))
    others = [k for k in hood.nodes if k != key]
    pick = st.selectbox(t("Mở văn bản lân cận"), others, index=None,
                        format_func=lambda k: views.long_label(hood.nodes[k]), placeholder=t("Chọn văn bản…"),
                        key=f"hood-{key}")
    if pick:
        st.button(t("Mở"), on_click=open_doc, args=(pick,), key="hood-open")


@st.cache_data(ttl=60, show_spinner=False)
def _central_documents(_store: Store, version: tuple[int, int]) -> list[dict[str, Any]]:
    return views.central_documents(_store)


def page_tracker(store: Store) -> None:
    st.header(t("Theo dõi thực hiện văn bản Trung ương"))
    docs = _central_documents(store, views.total_counts(store))
    if not docs:
        st.info(t("Kho chưa có văn bản Trung ương nào được trích dẫn."))
        return
    keys = [d["key"] for d in docs]
    labels = {d["key"]: f"{d['label']} — " + t("{n} văn bản trích dẫn", n=d["cited_by"]) for d in docs}
    current = st.query_params.get("doc")
    key = st.selectbox(t("Văn bản Trung ương"), keys, index=keys.index(current) if current in keys else 0,
                       format_func=lambda k: labels[k], key="tracker-doc")
    tracked = views.tracker(store, key)
    if tracked is None:
        st.error(t("Không tìm thấy văn bản."))
        return
    st.markdown(f"**{views.doc_label(tracked.document)}** — {tracked.document.get('title') or ''} "
                + t("(ban hành {date})", date=tracked.document.get("date") or t("không rõ ngày")))
    total = len(tracked.rows) + len(tracked.missing)
    c1, c2, c3 = st.columns(3)
    c1.metric(t("Tỉnh, thành đã có văn bản"), f"{len(tracked.rows)}/{total}")
    c2.metric(t("Chưa có văn bản"), len(tracked.missing))
    lag = tracked.median_lag()
    c3.metric(t("Độ trễ trung vị (ngày)"), lag if lag is not None else "—")
    _workbook_button(store, key)
    adoption = views.adoption_by_month(tracked)
    if adoption:
        st.altair_chart(_month_chart(adoption, "số tỉnh, thành", t("Số tỉnh, thành đã có văn bản, theo tháng")))
    st.subheader(t("Bản đồ: độ trễ đến văn bản đầu tiên của mỗi tỉnh, thành"))
    st.altair_chart(_lag_map(views.province_map(tracked)))
    st.caption(t("Mỗi điểm là tỉnh lỵ của một tỉnh, thành trước 1/7/2025 (tọa độ: GeoNames); màu càng đậm, "
                 "văn bản đầu tiên càng muộn; điểm xám: chưa có văn bản."))
    st.subheader(t("Văn bản đầu tiên ở mỗi tỉnh, thành"))
    if tracked.rows:
        table(tracked.rows, "theo-doi-tinh-thanh", "tracker-rows", hide=("key",))
        opener = st.selectbox(t("Mở văn bản đầu tiên của"), [r["key"] for r in tracked.rows], index=None,
                              format_func=lambda k: next(r["tỉnh, thành"] for r in tracked.rows if r["key"] == k),
                              placeholder=t("Chọn tỉnh, thành…"), key="tracker-open")
        if opener:
            st.button(t("Mở văn bản"), on_click=open_doc, args=(opener,), key="tracker-open-btn")
    else:
        st.info(t("Chưa tỉnh, thành nào có văn bản trích dẫn văn bản này."))
    with st.expander(t("Tỉnh, thành chưa có văn bản ({n} trong 63 tỉnh, thành trước 1/7/2025)",
                       n=len(tracked.missing))):
        st.write(", ".join(tracked.missing) or "—")
    st.subheader(t("Theo 34 đơn vị hành chính cấp tỉnh từ 1/7/2025"))
    table(tracked.merged, "theo-doi-34-don-vi", "tracker-merged")
    if tracked.unplaced:
        st.caption(t("{n} văn bản trích dẫn không xác định được địa phương.", n=len(tracked.unplaced)))


def _workbook_button(store: Store, key: str) -> None:
    """The Excel workbook of `citegraph report` for this document, made when asked."""
    from graph.report import workbook_bytes

    name = re.sub(r"[^\w.\-]+", "-", key).strip("-") + ".xlsx"
    if st.button(t("Chuẩn bị báo cáo Excel"), key="tracker-xlsx-make", icon=":material/table_view:"):
        st.session_state["tracker-xlsx-data"] = (key, workbook_bytes(store, key))
    ready = st.session_state.get("tracker-xlsx-data")
    if ready and ready[0] == key:
        st.download_button(t("Tải {name}", name=name), ready[1], name,
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="tracker-xlsx")


def _month_chart(rows: list[dict[str, Any]], column: str, title: str, bars: bool = False) -> alt.Chart:
    """A count by month (views.by_month, views.adoption_by_month) as a bar or step chart."""
    data = pd.DataFrame({"month": pd.to_datetime([r["tháng"] for r in rows]), "n": [r[column] for r in rows]})
    mark = alt.Chart(data).mark_bar() if bars else alt.Chart(data).mark_line(interpolate="step-after", point=True)
    return mark.encode(
        x=alt.X("yearmonth(month):T", title=t("tháng")),
        y=alt.Y("n:Q", title=t(column), axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("yearmonth(month):T", title=t("tháng")), alt.Tooltip("n:Q", title=t(column))],
    ).properties(title=title, description=title, height=260)


def _lag_map(rows: list[dict[str, Any]]) -> alt.LayerChart:
    """The provinces at their seats, coloured by the lag of their first citing document; no tiles, no network."""
    data = pd.DataFrame([{"province": r["tỉnh, thành"], "lat": r["vĩ độ"], "lon": r["kinh độ"],
                          "lag": r["độ trễ (ngày)"], "date": r["ngày"] or "", "count": r["số văn bản"]}
                         for r in rows])
    tooltip = [alt.Tooltip("province:N", title=t("tỉnh, thành")), alt.Tooltip("date:N", title=t("ngày")),
               alt.Tooltip("lag:Q", title=t("độ trễ (ngày)")), alt.Tooltip("count:Q", title=t("số văn bản"))]
    base = alt.Chart(data).project("mercator")
    none = base.transform_filter("datum.lag === null").mark_circle(size=60, color="#c8c8c8", opacity=0.8)
    done = base.transform_filter("datum.lag !== null").mark_circle(size=160, opacity=0.95, stroke="#333")
    title = t("Độ trễ đến văn bản đầu tiên (ngày)")
    return alt.layer(
        none.encode(longitude="lon:Q", latitude="lat:Q", tooltip=tooltip),
        done.encode(longitude="lon:Q", latitude="lat:Q", tooltip=tooltip,
                    color=alt.Color("lag:Q", title=t("độ trễ (ngày)"), scale=alt.Scale(scheme="orangered"))),
    ).properties(title=title, description=title, width=380, height=560)


def page_analytics(store: Store) -> None:
    st.header(t("Phân tích mạng trích dẫn"))
    try:
        from graph import analytics
    except ImportError:
        st.warning(t("Mô-đun phân tích (graph/analytics.py) chưa có trong bản cài đặt này."))
        return
    with st.expander(t("Bộ lọc (áp cho văn bản trích dẫn)"), expanded=True):
        c1, c2, c3 = st.columns(3)
        date_from = c1.date_input(t("Từ ngày"), value=None, min_value=date(1930, 1, 1), format="DD/MM/YYYY",
                                  key="an-from")
        date_to = c2.date_input(t("Đến ngày"), value=None, min_value=date(1930, 1, 1), format="DD/MM/YYYY",
                                key="an-to")
        top = int(c3.number_input(t("Số dòng"), 5, 100, 10, key="an-top"))
        c4, c5 = st.columns(2)
        locality = c4.selectbox(t("Địa phương"), views.province_names(), index=None, placeholder=t("Tất cả"),
                                key="an-loc")
        kind = c5.selectbox(t("Loại văn bản"), sorted(KIND_LABELS), index=None, placeholder=t("Tất cả"),
                            format_func=kind_label, key="an-kind")
    try:
        g = analytics.build_graph(store, date_from=date_from, date_to=date_to, locality=locality, kind=kind)
    except StoreError as e:
        st.error(t("Không dựng được đồ thị: {error}", error=e))
        return
    st.caption(t("Đồ thị sau lọc: {nodes} văn bản, {edges} trích dẫn.", nodes=g.number_of_nodes(),
                 edges=g.number_of_edges()))
    c1, c2 = st.columns(2)
    with c1:
        st.subheader(t("Được trích dẫn nhiều nhất"))
        table(_rank_table(analytics.most_cited(g, top), "cited_by", "số văn bản trích dẫn"), "duoc-trich-dan-nhieu",
              "an-most")
    with c2:
        st.subheader("PageRank")
        table(_rank_table(analytics.pagerank(g, top), "score", "điểm"), "pagerank", "an-pagerank")
    st.subheader(t("Chuỗi trích dẫn từ một bài viết lên văn bản Trung ương"))
    starts = views.chain_starts(g)
    if not starts:
        st.info(t("Không có bài viết nào trong phạm vi lọc."))
        return
    start = st.selectbox(t("Bắt đầu từ"), list(starts), format_func=lambda k: starts[k], key="an-start")
    max_len = st.slider(t("Số bước tối đa"), 1, 5, 3, key="an-len")
    chains = analytics.citation_chains(g, start, max_len)
    if not chains:
        st.info(t("Không có chuỗi trích dẫn nào từ văn bản này lên văn bản Trung ương."))
    for chain in chains[:50]:
        st.markdown(" → ".join(f"`{views.doc_label(g.nodes[k])}`" for k in chain))


def _rank_table(rows: list[dict[str, Any]], column: str, label: str) -> pd.DataFrame:
    return pd.DataFrame([{"văn bản": views.doc_label(r), "loại": kind_label(r.get("kind")), label: r[column],
                          "trích yếu": r.get("title")} for r in rows])


def page_cypher(store: Store) -> None:
    st.header(t("Bảng điều khiển Cypher (chỉ đọc)"))
    st.caption(t("Kho: {kind} — phương ngữ Cypher của {dialect}. Các lệnh ghi bị từ chối.", kind=store.kind,
                 dialect="LadybugDB" if store.kind == "embedded" else "Neo4j"))
    examples = views.example_queries(store.kind)
    name = st.selectbox(t("Truy vấn mẫu"), list(examples), index=None, placeholder=t("Chọn một truy vấn mẫu…"),
                        format_func=t, key="cy-example")
    if name and st.session_state.get("cy-loaded") != name:
        st.session_state["cy-text"] = examples[name]
        st.session_state["cy-loaded"] = name
    text = st.text_area("Cypher", key="cy-text", height=140)
    if st.button(t("Chạy truy vấn"), key="cy-run", type="primary"):
        st.session_state.pop("cy-rows", None)
        st.session_state.pop("cy-error", None)
        if not text.strip():
            st.session_state["cy-error"] = ("warning", t("Hãy nhập một câu truy vấn."))
        else:
            try:
                st.session_state["cy-rows"] = store.query(text)
            except QueryRefused as e:
                st.session_state["cy-error"] = ("error", t("Truy vấn bị từ chối: bảng điều khiển chỉ cho phép đọc, "
                                                           "không được tạo, sửa hay xóa dữ liệu. ({error})", error=e))
            except StoreError as e:
                st.session_state["cy-error"] = ("error", t("Lỗi truy vấn (cú pháp hoặc thực thi): {error}", error=e))
    err = st.session_state.get("cy-error")
    if err:
        (st.error if err[0] == "error" else st.warning)(err[1])
    rows = st.session_state.get("cy-rows")
    if rows is None:
        return
    if not rows:
        st.info(t("Truy vấn không trả về dòng nào."))
        return
    df = pd.DataFrame(views.table(rows))
    st.success(t("{n} dòng", n=len(rows)))
    st.dataframe(blank_empty(df), hide_index=True)
    st.download_button(t("Tải CSV"), df.to_csv(index=False).encode("utf-8-sig"), "ket-qua.csv", "text/csv",
                       key="cy-csv")
    nodes, edges = views.result_graph(rows)
    if nodes:
        st.subheader(t("Hình ảnh kết quả"))
        try:
            from streamlit_agraph import Config, Edge, Node, agraph
        except ImportError:
            return
        agraph(nodes=[Node(id=k, label=views.flatten_cell(v), size=14) for k, v in nodes.items()],
               edges=[Edge(source=a, target=b, label=relation(lbl) if lbl in views.RELATION_LABELS else lbl)
                      for a, b, lbl in edges],
               config=Config(width=1000, height=450, directed=True, physics=True))


def _upload_dir(name: str, data: bytes) -> Path:
    """A stable temp path for an upload (same content, same path: re-storing changes nothing)."""
    safe = re.sub(r"[^\w.\-]+", "_", Path(name).name) or "tai-len.txt"
    folder = Path(tempfile.gettempdir()) / "citegraph-uploads" / hashlib.sha256(data).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe
    if not path.exists():
        path.write_bytes(data)
    return path


def page_upload(store: Store) -> None:
    st.header(t("Tải văn bản lên"))
    st.caption(t("Tệp .txt, .html, .docx, .pdf; tối đa {mb} MB mỗi tệp. "
                 "Xem trước phần trích xuất, rồi bấm lưu để đưa vào đồ thị.", mb=MAX_UPLOAD_MB))
    files = st.file_uploader(t("Chọn tệp"), type=UPLOAD_TYPES, accept_multiple_files=True, key="upload")
    if not files:
        return
    ready: list[Path] = []
    for f in files:
        data = f.getvalue()
        with st.container(border=True):
            st.subheader(f.name)
            if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
                st.error(t("{name}: tệp lớn hơn {mb} MB, bỏ qua.", name=f.name, mb=MAX_UPLOAD_MB))
                continue
            path = _upload_dir(f.name, data)
            ex = extract_file(str(path))
            if ex.errors:
                error = "; ".join(e.removeprefix(f"{path}: ") for e in ex.errors)
                st.error(t("{name}: không đọc được — {error}", name=f.name, error=error))
                continue
            ready.append(path)
            d = ex.document
            st.caption(" · ".join(str(x) for x in (d.title, d.date, d.locality, d.symbol) if x))
            refs = [{"ký hiệu": r.symbol, "đoạn gốc": r.surface, "quan hệ": relation(r.relation),
                     "ngày": r.date or r.resolved_date, "khóa": r.key} for r in ex.references]
            st.markdown(t("**{refs} trích dẫn**, {agencies} cơ quan, {persons} người, {events} sự kiện",
                          refs=len(refs), agencies=len(ex.agencies), persons=len(ex.persons), events=len(ex.events)))
            if refs:
                table(refs, Path(f.name).stem + "-trich-dan", f"upload-{f.name}")
            spans = [(r.start, r.end, r.symbol or r.surface) for r in ex.references]
            st.markdown(f'<div class="cg-text">{views.highlight_spans(ex.text, spans)}</div>',
                        unsafe_allow_html=True)
    if ready and st.button(t("Lưu {n} tệp vào đồ thị", n=len(ready)), key="upload-store", type="primary"):
        with st.spinner(t("Đang lưu…")):
            result = write_files([str(p) for p in ready])
        if result.busy:
            st.warning(t("Kho dữ liệu đang được ghi bởi một tiến trình khác (thường là một lệnh `citegraph ingest` "
                         "đang chạy), nên chưa lưu được. Hãy bấm lưu lại sau khi tiến trình đó xong; phần xem trước "
                         "ở trên vẫn giữ nguyên. ({message})", message=result.message))
            return
        if not result.summary:
            st.error(t("Không lưu được: {error}", error=result.message))
            return
        st.cache_data.clear()
        (st.success if result.ok else st.warning)(t("Đã lưu. {summary}", summary=result.summary))
        for err in result.errors:
            st.error(err)


def page_export(store: Store) -> None:
    st.header(t("Xuất dữ liệu"))
    try:
        from graph import export as exp
    except ImportError:
        st.warning(t("Mô-đun xuất dữ liệu (graph/export.py) chưa có; dưới đây là bảng văn bản dạng CSV."))
        df = pd.DataFrame(views.table(store.nodes("Document")))
        st.download_button(t("Tải {name}", name="documents.csv"), df.to_csv(index=False).encode("utf-8-sig"),
                           "documents.csv", "text/csv", key="exp-fallback")
        return
    fmt = st.selectbox(t("Định dạng"), list(exp.FORMATS), format_func=lambda f: t(EXPORT_LABELS.get(f, f)),
                       key="exp-fmt")
    if st.button(t("Chuẩn bị tệp"), key="exp-make"):
        try:
            st.session_state["exp-data"] = (fmt, *_export_bytes(store, exp, fmt))
        except (StoreError, ValueError) as e:
            st.error(t("Không xuất được: {error}", error=e))
    ready = st.session_state.get("exp-data")
    if ready and ready[0] == fmt:
        _, data, name, mime = ready
        st.download_button(t("Tải {name} ({size} byte)", name=name, size=f"{len(data):,}"), data, name, mime,
                           key="exp-dl")


def _export_bytes(store: Store, exp: Any, fmt: str) -> tuple[bytes, str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        if fmt == "csv":
            out = Path(tmp) / "csv"
            exp.export(store, fmt, str(out))
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for f in sorted(out.rglob("*")) if out.is_dir() else [out]:
                    z.write(f, f.relative_to(out.parent))
            return buf.getvalue(), "citegraph-csv.zip", "application/zip"
        out = Path(tmp) / f"citegraph.{fmt}"
        exp.export(store, fmt, str(out))
        mime = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
                "graphml": "application/xml"}.get(fmt, "application/octet-stream")
        return out.read_bytes(), out.name, mime


def sidebar(store: Store) -> None:
    st.sidebar.divider()
    st.sidebar.markdown("**" + t("Kho dữ liệu") + "**")
    st.sidebar.caption(store.describe())
    try:
        stats = store.stats()
    except StoreError as e:
        st.sidebar.error(t("Không đọc được thống kê: {error}", error=e))
        return
    nodes = stats.get("nodes", {})
    rels = stats.get("relationships", {})
    st.sidebar.markdown(t("{documents} văn bản · {agencies} cơ quan · {persons} người · {events} sự kiện · "
                          "{citations} trích dẫn", documents=nodes.get("Document", 0),
                          agencies=nodes.get("Agency", 0), persons=nodes.get("Person", 0),
                          events=nodes.get("Event", 0), citations=rels.get("CITES", 0)))


def _sync_lang() -> None:
    if st.session_state["lang"] == i18n.DEFAULT:
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = st.session_state["lang"]


def main() -> None:
    st.set_page_config(page_title=t("citegraph — trích dẫn văn bản Đảng và Nhà nước"), page_icon="📚",
                       layout="wide")
    st.markdown(STYLE, unsafe_allow_html=True)
    if "lang" not in st.session_state:
        st.session_state["lang"] = i18n.language(st.query_params.get("lang"))
    if "nav" not in st.session_state:
        slug = st.query_params.get("page") or ("van-ban" if st.query_params.get("doc") else "tim-kiem")
        st.session_state["nav"] = PAGES.get(slug, PAGES["tim-kiem"])
    st.sidebar.title("citegraph")
    st.sidebar.caption(t("Đồ thị trích dẫn văn bản của Đảng và Nhà nước"))
    st.sidebar.radio(t("Ngôn ngữ"), list(i18n.LANGUAGES), format_func=i18n.LANGUAGES.get, key="lang",
                     on_change=_sync_lang, horizontal=True)
    page = st.sidebar.radio(t("Trang"), list(PAGES.values()), format_func=t, key="nav", on_change=_sync_nav)
    try:
        with st.spinner(t("Đang mở kho dữ liệu…")):
            store = get_store(*store_location())
    except StoreError as e:
        st.error(t("Không mở được kho dữ liệu: {error}", error=e))
        st.stop()
    sidebar(store)
    {
        "Tìm kiếm": page_search, "Văn bản": page_document, "Theo dõi thực hiện": page_tracker,
        "Phân tích": page_analytics, "Cypher": page_cypher, "Tải lên": page_upload, "Xuất dữ liệu": page_export,
    }[page](store)


if __name__ == "__main__":
    main()
