"""Ingest: files and folders into a store, idempotent, with per-file errors and a JSON report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.ingest import ingest_paths
from graph.model import NODE_LABELS, REL_TYPES
from tests.conftest import EXAMPLES, SEED_TEXT

ARTICLE_A = """Tỉnh ủy Nghệ An sơ kết Nghị quyết 05

Ngày 12/5/2022, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Tỉnh ủy Nghệ An về chuyển đổi số.
Các cấp ủy tiếp tục thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng.
"""

ARTICLE_B = """Quán triệt Nghị quyết 35 tại huyện

Ngày 20/6/2022, Huyện ủy tổ chức quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị và Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An.
"""


def _corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return [str(folder), str(SEED_TEXT)]


def _snapshot(store) -> dict:
    """Every node and edge of the store, in a stable order (a missing property and a null are alike)."""
    def rows(items):
        return sorted(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False,
                                 sort_keys=True, default=str) for r in items)
    return {**{label: rows(store.nodes(label)) for label in NODE_LABELS},
            **{rel: rows(store.edges(rel)) for rel in REL_TYPES}}


def _embedded(path: Path):
    try:
        from graph.embedded_store import EmbeddedStore
    except ImportError:
        pytest.skip("the embedded store is not built yet")
    return EmbeddedStore(str(path))


@pytest.fixture
def ingested(store, tmp_path):
    summary = ingest_paths(_corpus(tmp_path), store, progress=False)
    return store, summary


def test_ingest_stores_every_file_and_who_cites_what(ingested):
    store, summary = ingested
    assert summary.files_failed == 0 and summary.files_read == 3 and summary.references >= 8
    citing = {row["source"] for row in store.cited_by("35-NQ/TW@2018")}
    assert {Path(s).name for s in citing} >= {"a.txt", "b.txt", SEED_TEXT.name}
    doc = store.get_document("35-NQ/TW@2018")
    assert doc["is_stub"] and doc["issuer"] == "Bộ Chính trị" and doc["date"] == "2018-10-22"
    local = {row["key"] for row in store.cites(next(r["key"] for r in store.cited_by("35-NQ/TW@2018")
                                                    if r["source"].endswith("b.txt")))}
    assert "05-NQ/TU@nghe-an@2021" in local  # the undated mention in b.txt, resolved by a.txt


def test_a_second_ingest_changes_nothing(ingested, tmp_path):
    store, _ = ingested
    before, stats = _snapshot(store), store.stats()
    paths = [str(tmp_path / "articles"), str(SEED_TEXT)]
    again = ingest_paths(paths, store, progress=False)
    assert again.files_skipped == again.files_read == 3
    assert store.stats() == stats and _snapshot(store) == before


def test_a_changed_file_replaces_its_own_edges_only(ingested, tmp_path):
    store, _ = ingested
    b = tmp_path / "articles" / "b.txt"
    b.write_text(ARTICLE_B.replace("Nghị quyết số 35-NQ/TW của Bộ Chính trị và ", ""), encoding="utf-8")
    summary = ingest_paths([str(tmp_path / "articles")], store, progress=False)
    assert summary.files_skipped == 1 and summary.files_read == 2
    citing = {Path(row["source"]).name for row in store.cited_by("35-NQ/TW@2018")}
    assert "b.txt" not in citing and "a.txt" in citing
    assert any(Path(r["source"]).name == "b.txt" for r in store.cited_by("05-NQ/TU@nghe-an@2021"))


def test_a_bad_file_is_reported_and_the_others_stored(tmp_path):
    paths = _corpus(tmp_path)
    report = tmp_path / "report.json"
    with _embedded(tmp_path / "db") as store:
        summary = ingest_paths([*paths, str(tmp_path / "missing.txt")], store, report=report, progress=False)
        assert summary.files_failed == 1 and summary.files_read == 3
        assert store.cited_by("35-NQ/TW@2018")
    data = json.loads(report.read_text(encoding="utf-8"))
    failed = [f for f in data["files"] if f["status"] == "failed"]
    assert [Path(f["path"]).name for f in failed] == ["missing.txt"] and failed[0]["error"]
    assert sum(f["status"] == "stored" for f in data["files"]) == 3


def test_the_command_exits_2_on_a_bad_file_and_writes_the_report(tmp_path):
    _embedded(tmp_path / "probe").close()
    paths = _corpus(tmp_path)
    db, report = tmp_path / "db", tmp_path / "report.json"
    env = {**os.environ, "CITEGRAPH_DB": str(db)}
    env.pop("NEO4J_URI", None)
    done = subprocess.run([sys.executable, "-m", "graph.cli", "ingest", *paths, str(tmp_path / "missing.txt"),
                           "--report", str(report), "--workers", "2", "-q"], capture_output=True, text=True, env=env)
    assert done.returncode == 2, done.stderr
    assert "missing.txt" in done.stderr
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert {Path(f["path"]).name: f["status"] for f in files}["missing.txt"] == "failed"
    stats = subprocess.run([sys.executable, "-m", "graph.cli", "stats", "--json"], capture_output=True, text=True,
                           env=env)
    assert json.loads(stats.stdout)["relationships"]["CITES"] >= 8


def test_parallel_extraction_gives_the_same_graph(tmp_path):
    paths = _corpus(tmp_path)
    with _embedded(tmp_path / "one") as one, _embedded(tmp_path / "two") as two:
        ingest_paths(paths, one, workers=1, progress=False)
        ingest_paths(paths, two, workers=2, progress=False)
        assert _snapshot(one) == _snapshot(two)


def test_both_stores_agree_on_the_examples_and_a_generated_corpus(tmp_path, neo4j_uri, generated_corpus):
    from graph.neo4j_store import Neo4jStore

    paths = [str(EXAMPLES), str(generated_corpus)]
    neo = Neo4jStore(neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
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
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir(), later.mkdir()
    (first / "a.txt").write_text("Ngày 10/9/2014, Ban Bí thư ban hành Kết luận số 100-KL/TW ngày 18/8/2014 "
                                 "về công tác dân vận.\n", encoding="utf-8")
    (later / "b.txt").write_text("Ngày 05/3/2016, Huyện ủy quán triệt Kết luận số 100-KL/TW của Ban Bí thư.\n",
                                 encoding="utf-8")
    ingest_paths([str(first)], store, progress=False)
    ingest_paths([str(later)], store, progress=False)
    citing = [Path(r["source"]).name for r in store.cited_by("100-KL/TW@2014")]
    assert sorted(citing) == ["a.txt", "b.txt"]
    assert store.get_document("100-KL/TW@unknown") is None


def test_other_files_in_folders_are_ignored_not_failed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "a.json").write_text("{}", encoding="utf-8")
    with _embedded(tmp_path / "db") as store:
        summary = ingest_paths([str(folder)], store, progress=False)
        named = ingest_paths([str(folder / "a.json")], store, progress=False)
    assert (summary.files_read, summary.files_failed, summary.files_ignored) == (1, 0, 1)
    assert named.files_failed == 1  # a file named on its own is read, and its problem reported
    assert json.loads(json.dumps(summary.to_json()))["files"][0]["status"] == "ignored"
