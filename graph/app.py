"""citegraph: the Streamlit app for policy staff and researchers (`citegraph serve`, or `streamlit run app.py`
in a checkout: both run `main`).

Thin: every page calls graph/ and loaders/ (graph/views.py for what the pages show); no Cypher here.
Pages are linkable: ``?page=van-ban&doc=KEY`` opens a document. The app only reads: an embedded store is
opened read-only (it sees what `citegraph ingest` commits meanwhile, and never blocks it); an upload is
stored by a short write session in a child process (graph/write_session.py).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from graph import views
from graph.pipeline import extract_file
from graph.store import DEFAULT_DB, QueryRefused, Store, StoreError, open_store
from graph.write_session import WriteResult, ingest_in_child

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


@st.cache_resource(show_spinner="Đang mở kho dữ liệu…")
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
    return KIND_LABELS.get(kind or "", kind or "")


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
    st.header("Tìm kiếm văn bản")
    q = st.text_input("Ký hiệu, trích yếu hoặc từ khóa (không cần dấu)", key="q",
                      placeholder="35-NQ/TW, nghi quyet 35, chuyển đổi số …")
    if not q.strip():
        st.caption("Ví dụ: `35-NQ/TW`, `nghi quyet 57`, `chuyển đổi số`, `Quảng Trị`.")
        return
    try:
        results = store.search(q.strip(), limit=50)
    except StoreError as e:
        st.error(f"Không tìm được: {e}")
        return
    if not results:
        st.info(f"Không tìm thấy văn bản nào cho “{q}”.")
        return
    st.caption(f"{len(results)} kết quả")
    for i, r in enumerate(results):
        c1, c2 = st.columns([2, 5])
        with c1:
            doc_button(r, f"s{i}")
        with c2:
            st.markdown(
                f"**{kind_label(r.get('kind'))}** · {r.get('date') or 'không rõ ngày'} · "
                f"được trích dẫn bởi **{r.get('cited_by') or 0}** văn bản"
                + (" · _chỉ biết qua trích dẫn_" if r.get("is_stub") else "")
            )
            if r.get("title"):
                st.caption(r["title"])


def _doc_key_from_state() -> str | None:
    return st.query_params.get("doc") or None


def page_document(store: Store) -> None:
    key = _doc_key_from_state()
    if not key:
        st.header("Văn bản")
        st.info("Chọn một văn bản ở trang Tìm kiếm, hoặc nhập ký hiệu dưới đây.")
        q = st.text_input("Ký hiệu", key="doc-q")
        for i, r in enumerate(store.search(q, limit=10) if q.strip() else []):
            doc_button(r, f"d{i}")
        return
    doc = store.get_document(key)
    if doc is None:
        st.error(f"Không có văn bản với khóa `{key}`.")
        return
    st.header(views.doc_label(doc))
    if doc.get("title") and doc.get("symbol"):
        st.markdown(f"_{doc['title']}_")
    meta = {
        "Ký hiệu": doc.get("symbol"), "Loại": kind_label(doc.get("kind")), "Cơ quan ban hành": doc.get("issuer"),
        "Ngày ban hành": doc.get("date"), "Khóa": doc.get("term"), "Địa phương": doc.get("locality"),
        "Trích yếu / tiêu đề": doc.get("title"), "Nguồn": doc.get("source"),
        "Tệp đã đọc": "; ".join(doc.get("paths") or []),
        "Trạng thái": "chỉ biết qua trích dẫn (chưa có toàn văn)" if doc.get("is_stub") else "có văn bản trong kho",
        "Khóa trong đồ thị": key,
    }
    st.table(pd.DataFrame([(k, str(v)) for k, v in meta.items() if v], columns=["Thuộc tính", "Giá trị"]))

    citing = views.citing_rows(store, key)
    cited = views.cited_rows(store, key)
    views_ = {
        "in": f"Được trích dẫn bởi ({len(citing)})", "out": f"Trích dẫn ({len(cited)})",
        "stats": "Thống kê", "graph": "Mạng lưới",
    }
    view = st.radio("Xem", list(views_), format_func=views_.get, horizontal=True, key="doc-view",
                    label_visibility="collapsed")
    if view == "in":
        st.subheader("Được trích dẫn bởi")
        if not citing:
            st.info("Chưa có văn bản nào trong kho trích dẫn văn bản này.")
        _citation_list(citing, "in")
    elif view == "out":
        st.subheader("Trích dẫn")
        if not cited:
            st.info("Văn bản này không trích dẫn văn bản nào (hoặc chưa có toàn văn).")
        _citation_list(cited, "out")
    elif view == "stats":
        months = views.by_month(citing)
        if months:
            st.subheader("Số văn bản trích dẫn theo tháng")
            st.bar_chart(pd.DataFrame(months), x="tháng", y="số văn bản")
            c1, c2 = st.columns(2)
            with c1:
                st.subheader("Theo địa phương")
                st.dataframe(pd.DataFrame(views.count_by(citing, "locality")), hide_index=True)
            with c2:
                st.subheader("Theo cơ quan")
                st.dataframe(pd.DataFrame(views.count_by(citing, "agency")), hide_index=True)
        else:
            st.info("Chưa có trích dẫn có ngày để thống kê.")
    else:
        _neighbourhood(store, key)


def _citation_list(rows: list[dict[str, Any]], where: str) -> None:
    for i, r in enumerate(rows):
        doc_button(r, f"{where}{i}", r.get("long_label"))
        bits = [r.get("date") or "không rõ ngày", r.get("agency"), r.get("locality"),
                "quan hệ: " + views.relation_label(r.get("relation"))]
        st.caption(" · ".join(b for b in bits if b))
        if r.get("snippet"):
            st.markdown(f'<div class="cg-snip">{views.highlight(r["snippet"], r.get("surface"))}</div>',
                        unsafe_allow_html=True)


def _neighbourhood(store: Store, key: str) -> None:
    hops = st.radio("Phạm vi", [1, 2], format_func=lambda h: f"{h} bước", horizontal=True, key="hops")
    hood = views.neighbourhood(store, key, hops=hops)
    if len(hood.nodes) <= 1:
        st.info("Văn bản chưa có liên kết trích dẫn.")
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
        edges = [Edge(source=e["src"], target=e["dst"], label=views.relation_label(e["relation"]))
                 for e in hood.edges]
        clicked = agraph(nodes=nodes, edges=edges,
                         config=Config(width=1000, height=520, directed=True, physics=True))
        if clicked and clicked != key and clicked in hood.nodes:
            open_doc(clicked)
            st.rerun()
        st.caption("Nhấn vào một nút để mở văn bản đó.")
    others = [k for k in hood.nodes if k != key]
    pick = st.selectbox("Mở văn bản lân cận", others, index=None,
                        format_func=lambda k: views.long_label(hood.nodes[k]), placeholder="Chọn văn bản…",
                        key=f"hood-{key}")
    if pick:
        st.button("Mở", on_click=open_doc, args=(pick,), key="hood-open")


@st.cache_data(ttl=60, show_spinner=False)
def _central_documents(_store: Store, version: tuple[int, int]) -> list[dict[str, Any]]:
    return views.central_documents(_store)


def page_tracker(store: Store) -> None:
    st.header("Theo dõi thực hiện văn bản Trung ương")
    docs = _central_documents(store, views.total_counts(store))
    if not docs:
        st.info("Kho chưa có văn bản Trung ương nào được trích dẫn.")
        return
    keys = [d["key"] for d in docs]
    labels = {d["key"]: f"{d['label']} — {d['cited_by']} văn bản trích dẫn" for d in docs}
    current = st.query_params.get("doc")
    key = st.selectbox("Văn bản Trung ương", keys, index=keys.index(current) if current in keys else 0,
                       format_func=lambda k: labels[k], key="tracker-doc")
    t = views.tracker(store, key)
    if t is None:
        st.error("Không tìm thấy văn bản.")
        return
    st.markdown(f"**{views.doc_label(t.document)}** — {t.document.get('title') or ''} "
                f"(ban hành {t.document.get('date') or 'không rõ ngày'})")
    total = len(t.rows) + len(t.missing)
    c1, c2, c3 = st.columns(3)
    c1.metric("Tỉnh, thành đã có văn bản", f"{len(t.rows)}/{total}")
    c2.metric("Chưa có văn bản", len(t.missing))
    lags = [r["độ trễ (ngày)"] for r in t.rows if r["độ trễ (ngày)"] is not None]
    c3.metric("Độ trễ trung vị (ngày)", int(pd.Series(lags).median()) if lags else "—")
    st.subheader("Văn bản đầu tiên ở mỗi tỉnh, thành")
    if t.rows:
        st.dataframe(pd.DataFrame(t.rows).drop(columns=["key"]), hide_index=True)
        opener = st.selectbox("Mở văn bản đầu tiên của", [r["key"] for r in t.rows], index=None,
                              format_func=lambda k: next(r["tỉnh, thành"] for r in t.rows if r["key"] == k),
                              placeholder="Chọn tỉnh, thành…", key="tracker-open")
        if opener:
            st.button("Mở văn bản", on_click=open_doc, args=(opener,), key="tracker-open-btn")
    else:
        st.info("Chưa tỉnh, thành nào có văn bản trích dẫn văn bản này.")
    with st.expander(f"Tỉnh, thành chưa có văn bản ({len(t.missing)} trong 63 tỉnh, thành trước 1/7/2025)"):
        st.write(", ".join(t.missing) or "—")
    st.subheader("Theo 34 đơn vị hành chính cấp tỉnh từ 1/7/2025")
    st.dataframe(pd.DataFrame(t.merged), hide_index=True)
    if t.unplaced:
        st.caption(f"{len(t.unplaced)} văn bản trích dẫn không xác định được địa phương.")


def page_analytics(store: Store) -> None:
    st.header("Phân tích mạng trích dẫn")
    try:
        from graph import analytics
    except ImportError:
        st.warning("Mô-đun phân tích (graph/analytics.py) chưa có trong bản cài đặt này.")
        return
    with st.expander("Bộ lọc (áp cho văn bản trích dẫn)", expanded=True):
        c1, c2, c3 = st.columns(3)
        date_from = c1.date_input("Từ ngày", value=None, min_value=date(1930, 1, 1), format="DD/MM/YYYY",
                                  key="an-from")
        date_to = c2.date_input("Đến ngày", value=None, min_value=date(1930, 1, 1), format="DD/MM/YYYY",
                                key="an-to")
        top = int(c3.number_input("Số dòng", 5, 100, 10, key="an-top"))
        c4, c5 = st.columns(2)
        locality = c4.selectbox("Địa phương", views.province_names(), index=None, placeholder="Tất cả",
                                key="an-loc")
        kind = c5.selectbox("Loại văn bản", sorted(KIND_LABELS), index=None, placeholder="Tất cả",
                            format_func=kind_label, key="an-kind")
    try:
        g = analytics.build_graph(store, date_from=date_from, date_to=date_to, locality=locality, kind=kind)
    except StoreError as e:
        st.error(f"Không dựng được đồ thị: {e}")
        return
    st.caption(f"Đồ thị sau lọc: {g.number_of_nodes()} văn bản, {g.number_of_edges()} trích dẫn.")
    c1, c2 = st.columns(2)
    with c1:
        st.subheader("Được trích dẫn nhiều nhất")
        st.dataframe(_rank_table(analytics.most_cited(g, top), "cited_by", "số văn bản trích dẫn"), hide_index=True)
    with c2:
        st.subheader("PageRank")
        st.dataframe(_rank_table(analytics.pagerank(g, top), "score", "điểm"), hide_index=True)
    st.subheader("Chuỗi trích dẫn từ một bài viết lên văn bản Trung ương")
    starts = views.chain_starts(g)
    if not starts:
        st.info("Không có bài viết nào trong phạm vi lọc.")
        return
    start = st.selectbox("Bắt đầu từ", list(starts), format_func=lambda k: starts[k], key="an-start")
    max_len = st.slider("Số bước tối đa", 1, 5, 3, key="an-len")
    chains = analytics.citation_chains(g, start, max_len)
    if not chains:
        st.info("Không có chuỗi trích dẫn nào từ văn bản này lên văn bản Trung ương.")
    for chain in chains[:50]:
        st.markdown(" → ".join(f"`{views.doc_label(g.nodes[k])}`" for k in chain))


def _rank_table(rows: list[dict[str, Any]], column: str, label: str) -> pd.DataFrame:
    return pd.DataFrame([{"văn bản": views.doc_label(r), "loại": kind_label(r.get("kind")), label: r[column],
                          "trích yếu": r.get("title")} for r in rows])


def page_cypher(store: Store) -> None:
    st.header("Bảng điều khiển Cypher (chỉ đọc)")
    st.caption(f"Kho: {store.kind} — phương ngữ Cypher của "
               + ("LadybugDB" if store.kind == "embedded" else "Neo4j") + ". Các lệnh ghi bị từ chối.")
    examples = views.example_queries(store.kind)
    name = st.selectbox("Truy vấn mẫu", list(examples), index=None, placeholder="Chọn một truy vấn mẫu…",
                        key="cy-example")
    if name and st.session_state.get("cy-loaded") != name:
        st.session_state["cy-text"] = examples[name]
        st.session_state["cy-loaded"] = name
    text = st.text_area("Cypher", key="cy-text", height=140)
    if st.button("Chạy truy vấn", key="cy-run", type="primary"):
        st.session_state.pop("cy-rows", None)
        st.session_state.pop("cy-error", None)
        if not text.strip():
            st.session_state["cy-error"] = ("warning", "Hãy nhập một câu truy vấn.")
        else:
            try:
                st.session_state["cy-rows"] = store.query(text)
            except QueryRefused as e:
                st.session_state["cy-error"] = ("error", "Truy vấn bị từ chối: bảng điều khiển chỉ cho phép đọc, "
                                                         f"không được tạo, sửa hay xóa dữ liệu. ({e})")
            except StoreError as e:
                st.session_state["cy-error"] = ("error", f"Lỗi truy vấn (cú pháp hoặc thực thi): {e}")
    err = st.session_state.get("cy-error")
    if err:
        (st.error if err[0] == "error" else st.warning)(err[1])
    rows = st.session_state.get("cy-rows")
    if rows is None:
        return
    if not rows:
        st.info("Truy vấn không trả về dòng nào.")
        return
    df = pd.DataFrame(views.table(rows))
    st.success(f"{len(rows)} dòng")
    st.dataframe(df, hide_index=True)
    st.download_button("Tải CSV", df.to_csv(index=False).encode("utf-8-sig"), "ket-qua.csv", "text/csv",
                       key="cy-csv")
    nodes, edges = views.result_graph(rows)
    if nodes:
        st.subheader("Hình ảnh kết quả")
        try:
            from streamlit_agraph import Config, Edge, Node, agraph
        except ImportError:
            return
        agraph(nodes=[Node(id=k, label=views.flatten_cell(v), size=14) for k, v in nodes.items()],
               edges=[Edge(source=a, target=b, label=views.relation_label(lbl) if lbl in views.RELATION_LABELS
                           else lbl) for a, b, lbl in edges],
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
    st.header("Tải văn bản lên")
    st.caption(f"Tệp .txt, .html, .docx, .pdf; tối đa {MAX_UPLOAD_MB} MB mỗi tệp. "
               "Xem trước phần trích xuất, rồi bấm lưu để đưa vào đồ thị.")
    files = st.file_uploader("Chọn tệp", type=UPLOAD_TYPES, accept_multiple_files=True, key="upload")
    if not files:
        return
    ready: list[Path] = []
    for f in files:
        data = f.getvalue()
        with st.container(border=True):
            st.subheader(f.name)
            if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
                st.error(f"{f.name}: tệp lớn hơn {MAX_UPLOAD_MB} MB, bỏ qua.")
                continue
            path = _upload_dir(f.name, data)
            ex = extract_file(str(path))
            if ex.errors:
                st.error(f"{f.name}: không đọc được — " + "; ".join(e.removeprefix(f"{path}: ") for e in ex.errors))
                continue
            ready.append(path)
            d = ex.document
            st.caption(" · ".join(str(x) for x in (d.title, d.date, d.locality, d.symbol) if x))
            refs = [{"ký hiệu": r.symbol, "đoạn gốc": r.surface, "quan hệ": views.relation_label(r.relation),
                     "ngày": r.date or r.resolved_date, "khóa": r.key} for r in ex.references]
            st.markdown(f"**{len(refs)} trích dẫn**, {len(ex.agencies)} cơ quan, {len(ex.persons)} người, "
                        f"{len(ex.events)} sự kiện")
            if refs:
                st.dataframe(pd.DataFrame(refs), hide_index=True)
            spans = [(r.start, r.end, r.symbol or r.surface) for r in ex.references]
            st.markdown(f'<div class="cg-text">{views.highlight_spans(ex.text, spans)}</div>',
                        unsafe_allow_html=True)
    if ready and st.button(f"Lưu {len(ready)} tệp vào đồ thị", key="upload-store", type="primary"):
        with st.spinner("Đang lưu…"):
            result = write_files([str(p) for p in ready])
        if result.busy:
            st.warning("Kho dữ liệu đang được ghi bởi một tiến trình khác (thường là một lệnh `citegraph ingest` "
                       "đang chạy), nên chưa lưu được. Hãy bấm lưu lại sau khi tiến trình đó xong; phần xem trước ở "
                       f"trên vẫn giữ nguyên. ({result.message})")
            return
        if not result.summary:
            st.error(f"Không lưu được: {result.message}")
            return
        st.cache_data.clear()
        (st.success if result.ok else st.warning)(f"Đã lưu. {result.summary}")
        for err in result.errors:
            st.error(err)


def page_export(store: Store) -> None:
    st.header("Xuất dữ liệu")
    try:
        from graph import export as exp
    except ImportError:
        st.warning("Mô-đun xuất dữ liệu (graph/export.py) chưa có; dưới đây là bảng văn bản dạng CSV.")
        df = pd.DataFrame(views.table(store.nodes("Document")))
        st.download_button("Tải documents.csv", df.to_csv(index=False).encode("utf-8-sig"), "documents.csv",
                           "text/csv", key="exp-fallback")
        return
    fmt = st.selectbox("Định dạng", list(exp.FORMATS), format_func=lambda f: EXPORT_LABELS.get(f, f),
                       key="exp-fmt")
    if st.button("Chuẩn bị tệp", key="exp-make"):
        try:
            st.session_state["exp-data"] = (fmt, *_export_bytes(store, exp, fmt))
        except (StoreError, ValueError) as e:
            st.error(f"Không xuất được: {e}")
    ready = st.session_state.get("exp-data")
    if ready and ready[0] == fmt:
        _, data, name, mime = ready
        st.download_button(f"Tải {name} ({len(data):,} byte)", data, name, mime, key="exp-dl")


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
    st.sidebar.markdown("**Kho dữ liệu**")
    st.sidebar.caption(store.describe())
    try:
        stats = store.stats()
    except StoreError as e:
        st.sidebar.error(f"Không đọc được thống kê: {e}")
        return
    nodes = stats.get("nodes", {})
    rels = stats.get("relationships", {})
    st.sidebar.markdown(
        f"{nodes.get('Document', 0)} văn bản · {nodes.get('Agency', 0)} cơ quan · {nodes.get('Person', 0)} người"
        f" · {nodes.get('Event', 0)} sự kiện · {rels.get('CITES', 0)} trích dẫn"
    )


def main() -> None:
    st.set_page_config(page_title="citegraph — trích dẫn văn bản Đảng và Nhà nước", page_icon="📚", layout="wide")
    st.markdown(STYLE, unsafe_allow_html=True)
    if "nav" not in st.session_state:
        slug = st.query_params.get("page") or ("van-ban" if st.query_params.get("doc") else "tim-kiem")
        st.session_state["nav"] = PAGES.get(slug, PAGES["tim-kiem"])
    st.sidebar.title("citegraph")
    st.sidebar.caption("Đồ thị trích dẫn văn bản của Đảng và Nhà nước")
    page = st.sidebar.radio("Trang", list(PAGES.values()), key="nav", on_change=_sync_nav)
    try:
        store = get_store(*store_location())
    except StoreError as e:
        st.error(f"Không mở được kho dữ liệu: {e}")
        st.stop()
    sidebar(store)
    {
        "Tìm kiếm": page_search, "Văn bản": page_document, "Theo dõi thực hiện": page_tracker,
        "Phân tích": page_analytics, "Cypher": page_cypher, "Tải lên": page_upload, "Xuất dữ liệu": page_export,
    }[page](store)


if __name__ == "__main__":
    main()
