"""Ingest: files and folders into a store, with per-file errors and a JSON report; one node per real thing
(a copy, a move or an edit of a folder leaves one node per article); `citegraph remove`. Every test that takes
the `store` fixture runs on both stores."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from graph.ingest import ingest_paths, remove_documents
from graph.model import NODE_LABELS, REL_TYPES, text_hash
from tests.fixtures_build import legacy_encode

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

ARTICLE_A = """Tỉnh ủy Nghệ An sơ kết Nghị quyết 05

Ngày 12/5/2022, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Tỉnh ủy Nghệ An về chuyển đổi số.
Các cấp ủy tiếp tục thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng.
"""

ARTICLE_B = """Quán triệt Nghị quyết 35 tại huyện

Ngày 20/6/2022, Huyện ủy tổ chức quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị và Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An.
"""

# Two provinces, one department plan number, one General Secretary, two namesakes with local roles.
QUANG_TRI = """Quảng Trị triển khai kế hoạch phát triển du lịch biển

Sáng ngày 15/3/2024, Sở Du lịch tỉnh Quảng Trị tổ chức Hội nghị triển khai Kế hoạch số 5/KH-SDL ngày 10/01/2024 của Sở Du lịch về phát triển du lịch biển đảo. Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Các đại biểu quán triệt ý kiến chỉ đạo của Tổng Bí thư Tô Lâm và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.
"""

NGHE_AN = """Nghệ An ban hành kế hoạch du lịch cộng đồng

Ngày 20/3/2024, Sở Du lịch tỉnh Nghệ An tổ chức Hội nghị triển khai Kế hoạch số 5/KH-SDL ngày 12/02/2024 của Sở Du lịch về du lịch cộng đồng. Đồng chí Nguyễn Văn Hùng, Giám đốc Sở Du lịch phát biểu chỉ đạo.
Hội nghị quán triệt bài viết của Tổng Bí thư Tô Lâm về chuyển đổi số.
"""

# QUANG_TRI edited: the conference paragraph is gone, another person chairs nothing, another resolution is cited.
QUANG_TRI_EDITED = """Quảng Trị triển khai kế hoạch phát triển du lịch biển

Các đại biểu quán triệt ý kiến chỉ đạo của Tổng Bí thư Tô Lâm và Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _corpus(tmp_path: Path) -> Path:
    return _write(tmp_path / "articles", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B, "qt.txt": QUANG_TRI,
                                          "na.txt": NGHE_AN})


def _snapshot(store) -> dict:
    """Every node and edge of the store, in a stable order (a missing property and a null are alike)."""
    def rows(items):
        return sorted(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False,
                                 sort_keys=True, default=str) for r in items)
    return {**{label: rows(store.nodes(label)) for label in NODE_LABELS},
            **{rel: rows(store.edges(rel)) for rel in REL_TYPES}}


def _articles(store) -> dict[str, list[str]]:
    """key → paths of every read document."""
    return {d["key"]: sorted(d["paths"] or []) for d in store.nodes("Document") if not d["is_stub"]}


def _citing(store, key: str) -> set[str]:
    """The file names of the documents citing `key`."""
    return {Path(p).name for row in store.cited_by(key) for p in row["paths"] or []}


def _embedded(path: Path):
    from graph.embedded_store import EmbeddedStore

    return EmbeddedStore(str(path))


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CITEGRAPH_DB": str(db)}
    env.pop("NEO4J_URI", None)
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)


@pytest.fixture
def ingested(store, tmp_path):
    summary = ingest_paths([str(_corpus(tmp_path))], store, progress=False)
    return store, summary


# --- ingest -------------------------------------------------------------------------------------------


def test_ingest_stores_every_file_and_who_cites_what(ingested):
    store, summary = ingested
    assert summary.files_failed == 0 and summary.files_read == 4 and summary.references >= 8
    assert _citing(store, "35-NQ/TW@2018") == {"a.txt", "b.txt"}
    doc = store.get_document("35-NQ/TW@2018")
    assert doc["is_stub"] and doc["issuer"] == "Bộ Chính trị" and doc["date"] == "2018-10-22"
    b = next(r["key"] for r in store.cited_by("35-NQ/TW@2018") if Path(r["source"]).name == "b.txt")
    assert "05-NQ/TU@nghe-an@2021" in {row["key"] for row in store.cites(b)}  # undated in b.txt, resolved by a.txt


def test_a_second_ingest_changes_nothing(ingested, tmp_path):
    store, _ = ingested
    before, stats = _snapshot(store), store.stats()
    again = ingest_paths([str(tmp_path / "articles")], store, progress=False)
    assert again.files_skipped == again.files_read == 4
    assert store.stats() == stats and _snapshot(store) == before


def test_a_changed_file_replaces_its_own_edges_only(ingested, tmp_path):
    store, _ = ingested
    b = tmp_path / "articles" / "b.txt"
    b.write_text(ARTICLE_B.replace("Nghị quyết số 35-NQ/TW của Bộ Chính trị và ", ""), encoding="utf-8")
    summary = ingest_paths([str(tmp_path / "articles")], store, progress=False)
    assert summary.files_skipped == 3 and summary.files_read == 4
    assert _citing(store, "35-NQ/TW@2018") == {"a.txt"}
    assert "b.txt" in _citing(store, "05-NQ/TU@nghe-an@2021")
    assert len(_articles(store)) == 4  # the old b.txt went


def test_a_bad_file_is_reported_and_the_others_stored(tmp_path):
    report = tmp_path / "report.json"
    with _embedded(tmp_path / "db") as store:
        summary = ingest_paths([str(_corpus(tmp_path)), str(tmp_path / "missing.txt")], store, report=report,
                               progress=False)
        assert summary.files_failed == 1 and summary.files_read == 4
        assert store.cited_by("35-NQ/TW@2018")
    data = json.loads(report.read_text(encoding="utf-8"))
    failed = [f for f in data["files"] if f["status"] == "failed"]
    assert [Path(f["path"]).name for f in failed] == ["missing.txt"] and failed[0]["error"]
    assert sum(f["status"] == "stored" for f in data["files"]) == 4


def test_a_write_the_store_fails_fails_its_files_once_after_their_texts_are_freed(tmp_path, monkeypatch):
    import graph.ingest as ingest

    chunks, writes = [], []
    store_chunk = ingest._store_chunk

    def spied_chunk(extracted, *args, **kwargs):
        chunks.append(extracted)
        return store_chunk(extracted, *args, **kwargs)

    def failing_upsert(batch):
        # the extractions are not held while the batch is written: their texts and references are freed
        writes.append([e.extraction for chunk in chunks for e in chunk])
        raise ValueError("the disk is full")

    monkeypatch.setattr(ingest, "_store_chunk", spied_chunk)
    with _embedded(tmp_path / "db") as store:
        monkeypatch.setattr(store, "upsert", failing_upsert)
        summary = ingest_paths([str(_corpus(tmp_path))], store, progress=False)
    assert len(writes) == 1 and writes[0] == [None] * 4  # one write, not retried file by file
    assert summary.files_failed == 4 and summary.references > 0
    assert {f.error for f in summary.files} == {"store: ValueError: the disk is full"}


def test_the_command_exits_2_on_a_bad_file_and_writes_the_report(tmp_path):
    db, report = tmp_path / "db", tmp_path / "report.json"
    done = _cli("ingest", str(_corpus(tmp_path)), str(tmp_path / "missing.txt"), "--report", str(report),
                "--workers", "2", "-q", db=db)
    assert done.returncode == 2, done.stderr
    assert "missing.txt" in done.stderr
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert {Path(f["path"]).name: f["status"] for f in files}["missing.txt"] == "failed"
    stats = _cli("stats", "--json", db=db)
    assert json.loads(stats.stdout)["relationships"]["CITES"] >= 7


def test_parallel_extraction_gives_the_same_graph(tmp_path):
    paths = [str(_corpus(tmp_path))]
    with _embedded(tmp_path / "one") as one, _embedded(tmp_path / "two") as two:
        ingest_paths(paths, one, workers=1, progress=False)
        ingest_paths(paths, two, workers=2, progress=False)
        assert _snapshot(one) == _snapshot(two)


def test_workers_ended_before_each_large_write_start_again_and_give_the_same_graph(tmp_path, monkeypatch):
    from graph import ingest

    paths = [str(_corpus(tmp_path)), str(EXAMPLES)]
    pools = []
    rest = ingest._Workers.rest

    def spied_rest(self):
        pools.append((self.pool, list(self.pool._processes.values()) if self.pool else []))
        rest(self)

    # every write counts as large, one file a task: the workers end before each write and new ones extract the rest
    monkeypatch.setattr(ingest, "REST_WORKERS_DOCS", 1)
    monkeypatch.setattr(ingest, "EXTRACT_CHUNK", 1)
    monkeypatch.setattr(ingest._Workers, "rest", spied_rest)
    with _embedded(tmp_path / "one") as one, _embedded(tmp_path / "two") as two:
        ingest_paths(paths, one, workers=1, progress=False)
        summary = ingest_paths(paths, two, workers=2, progress=False, chunk_size=2)
        assert _snapshot(one) == _snapshot(two)
    assert summary.files_failed == 0 and summary.files_read == 13
    started = [(pool, processes) for pool, processes in pools if pool is not None]
    assert len(started) >= 2 and len({id(pool) for pool, _ in started}) == len(started)  # new workers after a write
    assert all(processes and not any(p.is_alive() for p in processes) for _, processes in started)  # all ended


def test_both_stores_agree_on_the_examples_and_a_generated_corpus(tmp_path, neo4j_uri, generated_corpus):
    from graph.neo4j_store import Neo4jStore

    neo = Neo4jStore(neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
    paths = [str(EXAMPLES), str(generated_corpus), str(_corpus(tmp_path))]
    with _embedded(tmp_path / "db") as embedded, neo:
        neo.clear()
        for store in (embedded, neo):
            ingest_paths(paths, store, progress=False)
        assert embedded.stats() == neo.stats()
        assert embedded.stats()["relationships"]["CITES"] > 0
        assert _snapshot(embedded) == _snapshot(neo)

        def cited_by(store):
            return sorted((r["key"], r["relation"], r["snippet"]) for r in store.cited_by("35-NQ/TW@2018"))
        assert cited_by(embedded) == cited_by(neo) != []
        stats = neo.stats()
        ingest_paths(paths, neo, progress=False)
        assert neo.stats() == stats


def test_documents_already_stored_resolve_later_mentions(store, tmp_path):
    first = _write(tmp_path / "first", {"a.txt": "Ngày 10/9/2014, Ban Bí thư ban hành Kết luận số 100-KL/TW ngày "
                                                 "18/8/2014 về công tác dân vận.\n"})
    later = _write(tmp_path / "later", {"b.txt": "Ngày 05/3/2016, Huyện ủy quán triệt Kết luận số 100-KL/TW của "
                                                 "Ban Bí thư.\n"})
    ingest_paths([str(first)], store, progress=False)
    ingest_paths([str(later)], store, progress=False)
    assert _citing(store, "100-KL/TW@2014") == {"a.txt", "b.txt"}
    assert store.get_document("100-KL/TW@unknown") is None


def test_other_files_in_folders_are_ignored_not_failed(tmp_path):
    folder = _write(tmp_path / "in", {"a.txt": ARTICLE_A, "a.json": "{}"})
    with _embedded(tmp_path / "db") as store:
        summary = ingest_paths([str(folder)], store, progress=False)
        named = ingest_paths([str(folder / "a.json")], store, progress=False)
    assert (summary.files_read, summary.files_failed, summary.files_ignored) == (1, 0, 1)
    assert named.files_failed == 1  # a file named on its own is read, and its problem reported
    assert json.loads(json.dumps(summary.to_json()))["files"][0]["status"] == "ignored"


# --- one node per article -----------------------------------------------------------------------------


def test_an_article_is_keyed_by_its_text_not_its_path(ingested, tmp_path):
    store, _ = ingested
    qt = tmp_path / "articles" / "qt.txt"
    key = "article:" + text_hash(QUANG_TRI)
    assert _articles(store)[key] == [str(qt.resolve())]
    assert store.get_document(key)["source"] == str(qt.resolve())


def test_a_copy_a_move_and_an_edit_of_a_folder_leave_one_node_per_article(ingested, tmp_path):
    store, _ = ingested
    articles = tmp_path / "articles"
    keys = set(_articles(store))
    stats = store.stats()

    copy = tmp_path / "copy"
    shutil.copytree(articles, copy)
    summary = ingest_paths([str(copy)], store, progress=False)
    assert summary.files_skipped == 4 and summary.nodes_created == 0
    assert set(_articles(store)) == keys and store.stats() == stats
    assert all(len(paths) == 2 for paths in _articles(store).values())  # both paths are kept

    shutil.rmtree(copy)
    moved = tmp_path / "moved"
    articles.rename(moved)
    ingest_paths([str(moved)], store, progress=False)
    assert set(_articles(store)) == keys and store.stats() == stats
    qt = "article:" + text_hash(QUANG_TRI)
    assert str((moved / "qt.txt").resolve()) in _articles(store)[qt]

    (moved / "qt.txt").write_text(QUANG_TRI_EDITED, encoding="utf-8")
    summary = ingest_paths([str(moved)], store, progress=False)
    assert summary.files_failed == 0
    edited = "article:" + text_hash(QUANG_TRI_EDITED)
    assert set(_articles(store)) == keys - {qt} | {edited}  # the old version went: no file holds it any more
    assert _articles(store)[edited] == [str((moved / "qt.txt").resolve())]
    assert store.get_document("5/KH-SDL@quang-tri@2024") is None  # only the old version cited it
    assert "qt.txt" in _citing(store, "18-NQ/TW@2022")


def test_editing_one_of_two_copies_keeps_the_other(ingested, tmp_path):
    store, _ = ingested
    copy = tmp_path / "copy"
    shutil.copytree(tmp_path / "articles", copy)
    ingest_paths([str(copy)], store, progress=False)
    (tmp_path / "articles" / "qt.txt").write_text(QUANG_TRI_EDITED, encoding="utf-8")
    ingest_paths([str(tmp_path / "articles")], store, progress=False)
    old, new = "article:" + text_hash(QUANG_TRI), "article:" + text_hash(QUANG_TRI_EDITED)
    assert _articles(store)[old] == [str((copy / "qt.txt").resolve())]  # the copy still holds the old text
    assert _articles(store)[new] == [str((tmp_path / "articles" / "qt.txt").resolve())]


def test_a_copy_in_another_encoding_is_the_same_article(store, tmp_path):
    folder = _write(tmp_path / "utf8", {"a.txt": ARTICLE_A})
    other = tmp_path / "other"
    other.mkdir()
    (other / "tcvn3.txt").write_bytes(legacy_encode(ARTICLE_A, "tcvn3"))
    (other / "crlf-nfd.txt").write_bytes(unicodedata.normalize("NFD", ARTICLE_A).replace("\n", "\r\n")
                                         .encode("utf-8"))
    summary = ingest_paths([str(folder), str(other)], store, progress=False)
    assert summary.files_failed == 0
    assert list(_articles(store)) == ["article:" + text_hash(ARTICLE_A)]
    assert len(next(iter(_articles(store).values()))) == 3


def test_a_page_with_a_canonical_url_is_keyed_by_it(store, tmp_path):
    def page(body: str, menu: str) -> str:
        return (f'<html><head><meta charset="utf-8"><title>Hội nghị</title>'
                f'<link rel="canonical" href="https://baoquangtri.vn/chinh-tri/hoi-nghi-123.htm#top"></head>'
                f'<body><nav>{menu}</nav><article><h1>Hội nghị</h1><p>{body}</p></article></body></html>')
    body = ARTICLE_A.split("\n\n", 1)[1]
    _write(tmp_path / "web", {"a.html": page(body, "Trang chủ | Thời sự"), "b.html": page(body, "Trang chủ")})
    ingest_paths([str(tmp_path / "web")], store, progress=False)
    key = "article:https://baoquangtri.vn/chinh-tri/hoi-nghi-123.htm"
    assert list(_articles(store)) == [key]
    assert store.get_document(key)["source"] == "https://baoquangtri.vn/chinh-tri/hoi-nghi-123.htm"
    (tmp_path / "web" / "a.html").write_text(page(ARTICLE_B.split("\n\n", 1)[1], "Trang chủ"), encoding="utf-8")
    ingest_paths([str(tmp_path / "web" / "a.html")], store, progress=False)  # the page changed: same url
    assert list(_articles(store)) == [key]
    assert store.get_document("05-NQ/TU@nghe-an@2021") is not None


# --- keys that tell real things apart -----------------------------------------------------------------


def test_keys_tell_provinces_apart_and_keep_central_figures_one(ingested):
    store, _ = ingested
    plans = sorted(d["key"] for d in store.nodes("Document") if d["symbol"] == "5/KH-SDL")
    assert plans == ["5/KH-SDL@nghe-an@2024", "5/KH-SDL@quang-tri@2024"]
    persons = {p["key"] for p in store.nodes("Person")}
    assert {p for p in persons if p.startswith("person:to-lam")} == {"person:to-lam"}
    assert {p for p in persons if p.startswith("person:nguyen-van-hung")} == {
        "person:nguyen-van-hung@nghe-an", "person:nguyen-van-hung@quang-tri"}
    agencies = {a["key"]: a for a in store.nodes("Agency")}
    assert {"agency:so-du-lich@quang-tri", "agency:so-du-lich@nghe-an", "agency:bo-chinh-tri"} <= set(agencies)
    assert agencies["agency:bo-chinh-tri"]["locality"] is None
    roles = {(e["src"], e["dst"]) for e in store.edges("HOLDS_ROLE")}
    assert ("person:nguyen-van-hung@nghe-an", "agency:so-du-lich@nghe-an") in roles
    events = {e["key"] for e in store.nodes("Event")}
    assert len([e for e in events if e.startswith("event:hoi-nghi-trien-khai-ke-hoach")]) == 2


def test_reading_an_edited_article_again_leaves_nothing_stale(store, tmp_path):
    """An article keyed by its url is replaced in place: its old event, chair, role and citations go."""
    def page(text: str) -> str:
        paras = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
        return (f'<html><head><meta charset="utf-8"><link rel="canonical" href="https://example.vn/qt/ke-hoach">'
                f'</head><body><article>{paras}</article></body></html>')
    folder = _write(tmp_path / "web", {"qt.html": page(QUANG_TRI), "na.html": page(NGHE_AN)})
    ingest_paths([str(folder)], store, progress=False)
    (folder / "na.html").unlink()
    assert {e["src"] for e in store.edges("CHAIRED_BY")} == {
        "event:hoi-nghi-trien-khai-ke-hoach-so-5-kh-sdl@quang-tri@2024-03-15"}
    (folder / "qt.html").write_text(page(QUANG_TRI_EDITED), encoding="utf-8")
    ingest_paths([str(folder)], store, progress=False)
    assert store.nodes("Event") == []
    for rel in ("REPORTS", "ORGANIZED_BY", "CHAIRED_BY", "HOLDS_ROLE"):
        assert store.edges(rel) == [], rel
    assert {p["key"] for p in store.nodes("Person")} == {"person:to-lam"}
    assert {c["dst"] for c in store.edges("CITES")} == {"18-NQ/TW@2022"}
    assert {a["key"] for a in store.nodes("Agency")} == {
        e["dst"] for e in store.edges("MENTIONS") + store.edges("ISSUED_BY") if e["dst"].startswith("agency:")}
    stats = store.stats()["nodes"]
    assert stats["Document"] == 2 and stats["Event"] == 0


# --- remove --------------------------------------------------------------------------------------------


def test_remove_by_path_and_by_key_takes_out_what_only_they_gave(ingested, tmp_path):
    store, _ = ingested
    articles = tmp_path / "articles"
    qt = "article:" + text_hash(QUANG_TRI)
    done = remove_documents([str(articles / "na.txt"), qt, str(tmp_path / "nowhere.txt")], store)
    assert set(done.removed) == {"article:" + text_hash(NGHE_AN), qt}
    assert list(done.not_found) == [str(tmp_path / "nowhere.txt")]
    assert set(_articles(store)) == {"article:" + text_hash(ARTICLE_A), "article:" + text_hash(ARTICLE_B)}
    symbols = {d["symbol"] for d in store.nodes("Document")}
    assert "5/KH-SDL" not in symbols and "57-NQ/TW" not in symbols  # stubs nothing cites any more
    assert store.nodes("Person") == []
    assert [e["key"] for e in store.nodes("Event")] == ["event:hoi-nghi-so-ket-nghi-quyet-so-05-nq-tu@nghe-an@2022-05-12"]
    assert store.get_document("35-NQ/TW@2018") is not None  # still cited by a.txt and b.txt
    again = ingest_paths([str(articles)], store, progress=False)  # the files were forgotten too: read again
    assert again.files_skipped == 2 and len(_articles(store)) == 4


def test_remove_a_folder(ingested, tmp_path):
    store, _ = ingested
    done = remove_documents([str(tmp_path / "articles")], store)
    assert len(done.removed) == 4 and not done.not_found
    assert store.stats() == {"nodes": dict.fromkeys(NODE_LABELS, 0), "relationships": dict.fromkeys(REL_TYPES, 0)}


def test_remove_command_exit_codes(tmp_path):
    db = tmp_path / "db"
    folder = _corpus(tmp_path)
    assert _cli("ingest", str(folder), "-q", db=db).returncode == 0
    done = _cli("remove", str(folder / "a.txt"), db=db)
    assert done.returncode == 0, done.stderr
    assert "removed article:" in done.stderr and "a.txt" in done.stderr
    done = _cli("remove", str(folder / "a.txt"), "35-NQ/TW@2018", db=db)
    assert done.returncode == 2
    assert "not removed" in done.stderr and "known only from citations" in done.stderr
    assert _cli("remove", db=db).returncode != 0  # usage: nothing named
