"""Every page of the Streamlit app, through Streamlit's AppTest, on a real embedded store ingested from
examples/ (the same documents `make run` shows on a clean clone); and `citegraph ingest` in another process
while the app serves pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
from graph.model import GraphBatch
from graph.schema import citer_rank
from graph.store import open_store
from graph.writes import CiterPages
from tests.conftest import articles_citing

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
EXAMPLES = ROOT / "examples"
SEED_TITLE = "Hội nghị giao ban các ngành khối khoa giáo năm 2023"
SEED_SENTENCE = "Tổ chức thực hiện có chiều sâu"
KEY_35 = "35-NQ/TW@2018"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An embedded store holding the bundled examples."""
    path = str(tmp_path_factory.mktemp("app") / "db")
    with EmbeddedStore(path) as store:
        summary = ingest_paths([str(EXAMPLES)], store, progress=False)
    assert summary.files_failed == 0, summary.render()
    return path


@pytest.fixture
def app(db: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("CITEGRAPH_DB", db)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def _goto(at: AppTest, page: str) -> AppTest:
    at.sidebar.radio(key="nav").set_value(page).run()
    assert not at.exception, at.exception
    return at


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _search(at: AppTest, text: str) -> list[str]:
    at.text_input(key="q").set_value(text).run()
    assert not at.exception, at.exception
    return [b.label for b in at.button if b.key and b.key.startswith("open-s")]


def test_sidebar_names_the_store_and_its_size(app: AppTest, db: str) -> None:
    captions = " ".join(c.value for c in app.sidebar.caption)
    assert db in captions and "LadybugDB" in captions
    text = " ".join(m.value for m in app.sidebar.markdown)
    assert "văn bản" in text and "trích dẫn" in text
    assert not text.startswith("0 văn bản")


def test_search_finds_35_nq_tw_accent_insensitively(app: AppTest) -> None:
    assert any("35-NQ/TW" in label for label in _search(app, "35-NQ/TW"))
    assert any("35-NQ/TW" in label for label in _search(app, "nghi quyet 35"))
    assert _search(app, "chuyển đổi số")
    assert _search(app, "chuyen doi so")
    _search(app, "khongcovanbannaonhuthe")
    assert any("Không tìm thấy" in i.value for i in app.info)


def test_document_page_lists_the_quang_tri_article_with_its_sentence(app: AppTest) -> None:
    _search(app, "35-NQ/TW")
    button = next(b for b in app.button if b.key and b.key.startswith("open-s") and b.key.endswith(KEY_35))
    button.click().run()
    assert not app.exception, app.exception
    assert app.query_params["doc"] == KEY_35 and app.query_params["page"] == "van-ban"
    assert app.session_state["nav"] == "Văn bản"
    assert "35-NQ/TW" in app.header[0].value
    assert any(SEED_TITLE in b.label for b in app.button)
    html = _markdown(app)
    snippet = next(s for s in html.split('<div class="cg-snip">') if SEED_SENTENCE in s)
    assert "<mark>Nghị quyết số 35-NQ/TW</mark>" in snippet
    meta = app.table[0].value.to_string()
    assert "Bộ Chính trị" in meta and "2018-10-22" in meta


def _seed_key(at: AppTest) -> str:
    """The key of the Quảng Trị article, from its button on the 35-NQ/TW page."""
    button = next(b for b in at.button if SEED_TITLE in b.label)
    return button.key.split("-", 2)[2]


def test_document_page_is_linkable_and_shows_stats_and_neighbourhood(app: AppTest) -> None:
    app.query_params["page"] = "van-ban"
    app.query_params["doc"] = KEY_35
    app.session_state["nav"] = "Văn bản"
    app.run()
    assert "35-NQ/TW" in app.header[0].value
    seed = _seed_key(app)
    app.radio(key="doc-view").set_value("out").run()
    assert not app.exception
    app.radio(key="doc-view").set_value("stats").run()
    assert not app.exception, app.exception
    assert "Quảng Trị" in set(app.dataframe[0].value["locality"])
    app.radio(key="doc-view").set_value("graph").run()
    assert not app.exception, app.exception
    hood = app.selectbox(key=f"hood-{KEY_35}")
    assert any(SEED_TITLE in o for o in hood.options)
    hood.set_value(seed).run()
    app.button(key="hood-open").click().run()
    assert not app.exception, app.exception
    assert app.query_params["doc"] == seed


def test_a_much_cited_document_lists_its_citers_a_page_at_a_time(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """130 articles, 97 of them citing one resolution: the page says 97, lists the newest 50 (kept at write
    time), and page 2 the other 47 (partly past the kept ones: sorted), each in cited-by order."""
    target = "doc:party:nq:57-nq/tw@2024"
    docs, cites = articles_citing(target, 130)
    db = str(tmp_path / "db")
    with EmbeddedStore(db, citer_pages=CiterPages(dense=20, keep=60)) as store:
        store.upsert(GraphBatch(documents=docs, cites=cites, sources=sorted({c.src for c in cites})))
    dates = {d.key: d.date for d in docs}
    order = sorted((c.src for c in cites), key=lambda k: citer_rank(dates[k], k))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("CITEGRAPH_DB", db)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "van-ban"
    at.query_params["doc"] = target
    at.run()
    assert not at.exception, at.exception

    def listed() -> list[str]:
        return [b.key.split("-", 2)[2] for b in at.button if b.key and b.key.startswith("open-in")]

    assert len(order) == 97 and "(97)" in at.radio(key="doc-view").options[0]
    assert listed() == order[:50]
    assert any("1–50" in c.value and "97" in c.value for c in at.caption)
    at.number_input(key=f"cited-page-{target}").increment().run()
    assert not at.exception, at.exception
    assert listed() == order[50:]
    assert any("51–97" in c.value for c in at.caption)


def test_citing_document_opens_from_the_document_page(app: AppTest) -> None:
    app.query_params["doc"] = KEY_35
    app.session_state["nav"] = "Văn bản"
    app.run()
    seed_button = next(b for b in app.button if SEED_TITLE in b.label)
    seed_button.click().run()
    assert not app.exception, app.exception
    assert app.query_params["doc"].startswith("article:")
    # The article cites 35-NQ/TW and its own province's 02-NQ/TU.
    app.radio(key="doc-view").set_value("out").run()
    labels = " ".join(b.label for b in app.button)
    assert "35-NQ/TW" in labels and "02-NQ/TU" in labels


def test_tracker_lists_provinces_first_documents_and_lag(app: AppTest) -> None:
    _goto(app, "Theo dõi thực hiện")
    box = app.selectbox(key="tracker-doc")
    assert any(o.startswith("35-NQ/TW (2018)") for o in box.options)
    box.set_value(KEY_35).run()
    assert not app.exception, app.exception
    rows = app.dataframe[0].value
    assert {"Quảng Trị", "Bắc Giang", "Thái Bình"} <= set(rows["tỉnh, thành"])
    bac_giang = rows[rows["tỉnh, thành"] == "Bắc Giang"].iloc[0]
    assert bac_giang["độ trễ (ngày)"] == 51  # 22/10/2018 → 12/12/2018
    assert rows.iloc[0]["tỉnh, thành"] == "Bắc Giang"  # the first to act
    merged = app.dataframe[1].value
    assert len(merged) == 34
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Chưa có văn bản"] == str(63 - len(rows))


def test_analytics_most_cited_pagerank_and_chains(app: AppTest) -> None:
    _goto(app, "Phân tích")
    most = app.dataframe[0].value
    assert "35-NQ/TW" in set(most["văn bản"])
    assert len(app.dataframe[1].value) > 0
    assert any("→" in m.value for m in app.markdown)
    app.selectbox(key="an-loc").set_value("Quảng Trị").run()
    assert not app.exception, app.exception
    most = app.dataframe[0].value
    assert "35-NQ/TW" in set(most["văn bản"]) and "57-NQ/TW" in set(most["văn bản"])
    assert "18-NQ/TW" not in set(most["văn bản"])  # cited only in Hà Tĩnh and Lâm Đồng


def test_cypher_console_reads_refuses_writes_and_explains_errors(app: AppTest) -> None:
    _goto(app, "Cypher")
    examples = app.selectbox(key="cy-example")
    examples.set_value(examples.options[0]).run()
    app.button(key="cy-run").click().run()
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    assert app.success and "dòng" in app.success[0].value
    assert "35-NQ/TW" in app.dataframe[0].value.to_string()
    assert app.download_button(key="cy-csv")

    app.text_area(key="cy-text").set_value("MATCH (a:Document)-[c:CITES]->(b:Document) RETURN a, c, b LIMIT 5").run()
    app.button(key="cy-run").click().run()
    assert not app.exception and not app.error, [e.value for e in app.error]
    assert any(s.value == "Hình ảnh kết quả" for s in app.subheader)

    app.text_area(key="cy-text").set_value("CREATE (d:Document {key: 'x'}) RETURN d").run()
    app.button(key="cy-run").click().run()
    assert "Truy vấn bị từ chối" in app.error[0].value and "chỉ cho phép đọc" in app.error[0].value

    app.text_area(key="cy-text").set_value("MATCH (d:Document RETURN d").run()
    app.button(key="cy-run").click().run()
    assert "Lỗi truy vấn" in app.error[0].value


def test_every_example_query_runs(app: AppTest) -> None:
    _goto(app, "Cypher")
    for name in app.selectbox(key="cy-example").options:
        app.selectbox(key="cy-example").set_value(name).run()
        app.button(key="cy-run").click().run()
        assert not app.exception, app.exception
        assert not app.error, (name, [e.value for e in app.error])


UPLOAD_TEXT = """Kon Tum quán triệt Nghị quyết 57-NQ/TW
Thứ Hai, 10/03/2025 09:00

Ngày 10/3/2025, Tỉnh ủy Kon Tum tổ chức hội nghị quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW,
ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi
số quốc gia. Hội nghị cũng yêu cầu tiếp tục thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị.
"""


def test_upload_shows_the_extraction_then_stores(app: AppTest) -> None:
    _goto(app, "Tải lên")
    app.file_uploader(key="upload").set_value([
        ("kon-tum.txt", UPLOAD_TEXT.encode("utf-8"), "text/plain"),
        ("hong.pdf", b"not a pdf at all", "application/pdf"),
    ]).run()
    assert not app.exception, app.exception
    html = _markdown(app)
    assert "<mark" in html and ">Nghị quyết số 57-NQ/TW</mark>" in html
    refs = app.dataframe[0].value
    assert {"57-NQ/TW", "35-NQ/TW"} <= set(refs["ký hiệu"])
    assert any("hong.pdf" in e.value for e in app.error)  # per-file error, the other file goes on
    app.button(key="upload-store").click().run()
    assert not app.exception, app.exception
    assert app.success and "Đã lưu" in app.success[0].value
    _goto(app, "Tìm kiếm")
    assert _search(app, "Kon Tum")


def test_export_offers_every_format(app: AppTest) -> None:
    _goto(app, "Xuất dữ liệu")
    assert len(app.selectbox(key="exp-fmt").options) == 5
    for fmt in ("ttl", "jsonld", "nt", "graphml", "csv"):
        app.selectbox(key="exp-fmt").set_value(fmt).run()
        app.button(key="exp-make").click().run()
        assert not app.exception and not app.error, (fmt, app.exception, [e.value for e in app.error])
        made, data, name, _mime = app.session_state["exp-data"]
        assert made == fmt and len(data) > 100
        assert app.download_button(key="exp-dl").label.startswith(f"Tải {name}")
        if fmt in ("ttl", "nt", "graphml"):
            assert "35-NQ/TW" in data.decode("utf-8")


@pytest.mark.neo4j
def test_app_on_neo4j_searches_opens_and_runs_every_example_query(neo4j_uri: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The same app on the Neo4j store (its own dialect of example queries)."""
    with open_store(neo4j_uri=neo4j_uri) as store:
        store.clear()
        assert ingest_paths([str(EXAMPLES)], store, progress=False).files_failed == 0
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert any(neo4j_uri in c.value for c in at.sidebar.caption)
    assert any("35-NQ/TW" in label for label in _search(at, "nghi quyet 35"))
    next(b for b in at.button if b.key and b.key.endswith(KEY_35)).click().run()
    assert any(SEED_TITLE in b.label for b in at.button)
    _goto(at, "Cypher")
    for name in at.selectbox(key="cy-example").options:
        at.selectbox(key="cy-example").set_value(name).run()
        at.button(key="cy-run").click().run()
        assert not at.exception and not at.error, (name, [e.value for e in at.error])
    at.text_area(key="cy-text").set_value("CREATE (d:Document {key: 'x'}) RETURN d").run()
    at.button(key="cy-run").click().run()
    assert "Truy vấn bị từ chối" in at.error[0].value


# ------------------------------------------------------------------ the app never blocks a writer

OTHER_PROVINCE = """Gia Lai học tập Kết luận 123-KL/TW
Thứ Tư, 12/03/2025 08:00

Ngày 12/3/2025, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị học tập, quán triệt Kết luận số 123-KL/TW
ngày 24/01/2025 của Ban Chấp hành Trung ương về bổ sung phát triển kinh tế - xã hội năm 2025.
"""


def _holder(db: str, seconds: int = 120) -> subprocess.Popen:
    """Another process that holds the store for writing (as a long `citegraph ingest` does)."""
    code = (f"import time\nfrom graph.embedded_store import EmbeddedStore\ns = EmbeddedStore({db!r})\n"
            f"print('open', flush=True)\ntime.sleep({seconds})")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_citegraph_ingest_runs_while_the_app_serves_and_the_app_sees_its_documents(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "db")
    with EmbeddedStore(db) as store:
        assert ingest_paths([str(EXAMPLES)], store, progress=False).files_failed == 0
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("CITEGRAPH_DB", db)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert not _search(at, "Gia Lai")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "gia-lai.txt").write_text(OTHER_PROVINCE, encoding="utf-8")
    ingest = subprocess.Popen([sys.executable, "-m", "graph.cli", "ingest", "--quiet", "--db", db,
                               str(tmp_path / "new")], stderr=subprocess.PIPE, text=True)
    pages = 0
    while ingest.poll() is None or pages == 0:  # the app goes on serving pages meanwhile
        _goto(at, ["Tìm kiếm", "Phân tích", "Theo dõi thực hiện"][pages % 3])
        pages += 1
    assert ingest.wait() == 0, ingest.stderr.read()  # the app's open store did not block the writer
    _goto(at, "Tìm kiếm")
    found = _search(at, "Gia Lai")
    assert any("Gia Lai" in label for label in found), found
    _search(at, "123-KL/TW")
    assert any("123-KL/TW" in b.label for b in at.button if b.key and b.key.startswith("open-s"))


def test_upload_while_another_process_writes_says_who_and_to_retry(app: AppTest, db: str) -> None:
    _goto(app, "Tải lên")
    app.file_uploader(key="upload").set_value([("gia-lai.txt", OTHER_PROVINCE.encode("utf-8"), "text/plain")]).run()
    holder = _holder(db)
    try:
        app.button(key="upload-store").click().run()
        assert not app.exception, app.exception
        warning = app.warning[0].value
        assert "đang được ghi bởi một tiến trình khác" in warning and "lưu lại sau" in warning
        assert f"process {holder.pid}" in warning
    finally:
        holder.kill()
        holder.wait()
    app.button(key="upload-store").click().run()  # the holder is gone: the same upload now stores
    assert app.success and "Đã lưu" in app.success[0].value
    _goto(app, "Tìm kiếm")
    assert _search(app, "Gia Lai")


def test_first_start_stores_the_bundled_examples_then_reads_only(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "fresh")
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("CITEGRAPH_DB", db)
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, at.exception
    assert "(read-only)" in " ".join(c.value for c in at.sidebar.caption)
    assert any("35-NQ/TW" in label for label in _search(at, "35-NQ/TW"))
    with EmbeddedStore(db) as store:  # the app holds no write lock: a writer opens at once
        assert store.stats()["nodes"]["Document"] > 9


def _charts(at: AppTest) -> dict[str, dict]:
    """The Vega-Lite charts on the page, by their description (what a screen reader says)."""
    import json

    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    return {s.get("description"): s for s in specs}


def test_tracker_draws_adoption_by_month_and_the_map_and_offers_the_workbook(app: AppTest) -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    _goto(app, "Theo dõi thực hiện")
    app.selectbox(key="tracker-doc").set_value(KEY_35).run()
    charts = _charts(app)
    assert {"Số tỉnh, thành đã có văn bản, theo tháng", "Độ trễ đến văn bản đầu tiên (ngày)"} <= set(charts)
    lag_map = charts["Độ trễ đến văn bản đầu tiên (ngày)"]
    assert all(layer["projection"]["type"] == "mercator" for layer in lag_map["layer"])  # drawn, no tiles
    assert not any(b.label.endswith("None") for b in app.button)
    merged = app.dataframe[1].value
    assert "None" not in merged.to_string() and (merged["ngày đầu tiên"] == "").any()  # blank, never None
    assert {b.key for b in app.get("download_button")} >= {"csv-tracker-rows", "csv-tracker-merged"}
    app.button(key="tracker-xlsx-make").click().run()
    assert not app.exception, app.exception
    made, data = app.session_state["tracker-xlsx-data"]
    assert made == KEY_35
    rows = list(load_workbook(BytesIO(data))["Theo dõi 63 tỉnh, thành"].iter_rows(values_only=True))
    assert any(r[0] == "Quảng Trị" and r[5] == 2 for r in rows)


def test_document_page_charts_citations_per_month(app: AppTest) -> None:
    app.query_params["doc"] = KEY_35
    app.session_state["nav"] = "Văn bản"
    app.run()
    app.radio(key="doc-view").set_value("stats").run()
    assert not app.exception, app.exception
    chart = _charts(app)["Số văn bản trích dẫn theo tháng"]
    assert chart["mark"]["type"] == "bar"
    assert {b.key for b in app.get("download_button")} >= {"csv-by-locality", "csv-by-agency"}


VIETNAMESE = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


def _ui_texts(at: AppTest) -> list[str]:
    """What the app itself says on the page (labels, headings, messages, column names), not the data."""
    texts = [h.value for h in (*at.header, *at.subheader)] + [m.label for m in at.metric]
    texts += [w.label for kind in ("radio", "selectbox", "text_input", "text_area", "button", "download_button",
                                   "number_input", "date_input", "slider", "file_uploader", "expander")
              for w in at.get(kind) if not (getattr(w, "key", None) or "").startswith(("open-", "tracker-open"))]
    texts += [e.value for e in (*at.info, *at.error, *at.warning, *at.success)]
    texts += [str(c) for df in at.dataframe for c in df.value.columns]
    texts += [str(c) for tb in at.table for c in [*tb.value.columns, *tb.value.iloc[:, 0]]]  # property names
    return [x for x in texts if x]


@pytest.mark.parametrize("page", ["tim-kiem", "van-ban", "theo-doi", "phan-tich", "cypher", "tai-len", "xuat"])
def test_every_page_speaks_english_with_lang_en(db: str, monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("CITEGRAPH_DB", db)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = "en"
    at.query_params["page"] = page
    if page == "van-ban":
        at.query_params["doc"] = KEY_35
    at.run()
    assert not at.exception, at.exception
    assert at.sidebar.radio(key="lang").value == "en"
    assert at.sidebar.radio(key="nav").options == ["Search", "Document", "Implementation tracker", "Analytics",
                                                   "Cypher", "Upload", "Export"]
    texts = _ui_texts(at)
    assert texts
    vietnamese = [x for x in texts if VIETNAMESE & set(x.lower())]
    assert vietnamese == [], vietnamese
    if page == "van-ban":  # titles and quotes stay as written
        assert any(SEED_TITLE in b.label for b in at.button)
        assert "Tổ chức thực hiện có chiều sâu" in _markdown(at)


def test_the_language_switch_is_remembered_in_the_url(app: AppTest) -> None:
    assert app.sidebar.radio(key="lang").value == "vi" and "lang" not in app.query_params
    app.sidebar.radio(key="lang").set_value("en").run()
    assert app.query_params["lang"] == "en"
    assert app.header[0].value == "Search documents"
    assert app.sidebar.radio(key="nav").options[0] == "Search"
