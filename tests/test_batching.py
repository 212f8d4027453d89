"""The graph does not depend on how files are grouped into writes: an undated mention of a local or an
uncatalogued central document means its dated namesake (the latest issued before it, when there are several)
whether that namesake was stored before it, in the same write, or after it (then the earlier citation moves to
it). Every test runs on both stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest import _snapshot

from graph.ingest import ingest_paths

# A provincial resolution and a Secretariat conclusion the catalogue does not list, each dated here ...
DATED = """Hà Tĩnh đánh giá hai năm phát triển nông nghiệp hữu cơ

Ngày 18/9/2023, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị đánh giá hai năm thực hiện Nghị quyết số 08-NQ/TU ngày 15/4/2021 của Tỉnh ủy Hà Tĩnh về phát triển nông nghiệp hữu cơ.
Hội nghị cũng quán triệt Kết luận số 144-KL/TW ngày 6/3/2023 của Ban Bí thư về công tác dân vận.
"""

# ... and only undated here, with a plan that a title says implements the resolution.
UNDATED = """Can Lộc triển khai nghị quyết về nông nghiệp hữu cơ

Ngày 2/11/2023, Huyện ủy Can Lộc triển khai Kế hoạch số 31-KH/TU của Tỉnh ủy Hà Tĩnh thực hiện Nghị quyết số 08-NQ/TU của Tỉnh ủy Hà Tĩnh.
Các chi bộ tiếp tục học tập Kết luận số 144-KL/TW của Ban Bí thư.
"""

# A namesake of another term: with it the undated mention could mean either.
OLDER = """Hà Tĩnh tổng kết nghị quyết về xây dựng nông thôn mới

Ngày 5/1/2020, Tỉnh ủy Hà Tĩnh tổng kết Nghị quyết số 08-NQ/TU ngày 20/7/2016 của Tỉnh ủy Hà Tĩnh về xây dựng nông thôn mới.
"""

RESOLUTION, CONCLUSION = "08-NQ/TU@ha-tinh@2021", "144-KL/TW@2023"
UNDATED_RESOLUTION, UNDATED_CONCLUSION = "08-NQ/TU@ha-tinh@unknown", "144-KL/TW@unknown"
PLAN = "31-KH/TU@ha-tinh@unknown"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    out = {}
    for name, text in (("1-undated.txt", UNDATED), ("2-dated.txt", DATED)):
        out[name] = folder / name
        out[name].write_text(text, encoding="utf-8")
    return out


def _keys(store) -> set[str]:
    return {d["key"] for d in store.nodes("Document")}


def _ingest(store, *runs: list[Path], chunk_size: int | None = None) -> dict:
    """A fresh store, the runs ingested one after the other; the graph they leave."""
    store.clear()
    for paths in runs:
        kwargs = {"chunk_size": chunk_size} if chunk_size else {}
        summary = ingest_paths([str(p) for p in paths], store, progress=False, **kwargs)
        assert summary.files_failed == 0
    return _snapshot(store)


def test_together_one_by_one_and_in_two_runs_give_one_graph(store, files):
    undated, dated = files["1-undated.txt"], files["2-dated.txt"]
    together = _ingest(store, [undated, dated])
    keys = _keys(store)
    assert {RESOLUTION, CONCLUSION} <= keys
    assert not keys & {UNDATED_RESOLUTION, UNDATED_CONCLUSION}
    citing = {row["surface"] for row in store.cited_by(RESOLUTION)}
    assert "Nghị quyết số 08-NQ/TU" in citing  # the undated mention cites the dated node
    # the title's relation between the plan and the resolution reaches the dated node
    assert any(row["key"] == PLAN and row["relation"] == "implements" for row in store.cited_by(RESOLUTION))

    assert _ingest(store, [undated, dated], chunk_size=1) == together  # the undated file is written first
    assert _ingest(store, [dated], [undated]) == together
    assert _ingest(store, [undated], [dated]) == together


def test_the_moved_title_relation_keeps_its_count_and_goes_with_its_article(store, files):
    undated, dated = files["1-undated.txt"], files["2-dated.txt"]
    _ingest(store, [undated], [dated])
    article = next(row["key"] for row in store.cited_by(PLAN))
    store.retract([article])
    keys = _keys(store)
    assert PLAN not in keys  # the relation went with the only article that gave it, and the plan with it
    assert RESOLUTION in keys and not any(row["key"] == PLAN for row in store.cited_by(RESOLUTION))


def test_an_undated_mention_means_the_latest_namesake_before_it_when_two_come_later(store, files, tmp_path):
    """Two namesakes of two terms come in a later write: the undated mention (its article dated only by the date
    its sentence prints, 2/11/2023) means the one issued latest before it, as in one write of all three."""
    older = tmp_path / "older.txt"
    older.write_text(OLDER, encoding="utf-8")
    together = _ingest(store, [files["1-undated.txt"], files["2-dated.txt"], older])
    keys = _keys(store)
    assert {RESOLUTION, "08-NQ/TU@ha-tinh@2016"} <= keys and UNDATED_RESOLUTION not in keys
    undated_article = next(row["key"] for row in store.cited_by(PLAN))
    assert (undated_article, "Nghị quyết số 08-NQ/TU") in {(row["key"], row["surface"]) for row in store.cited_by(RESOLUTION)}
    assert _ingest(store, [files["1-undated.txt"]], [files["2-dated.txt"], older]) == together
    assert _ingest(store, [files["1-undated.txt"]], [older], [files["2-dated.txt"]]) == together
    assert CONCLUSION in keys and UNDATED_CONCLUSION not in keys  # its one namesake settles the other


# The conclusion named undated, with a title worded otherwise than the dated mention words it.
UNDATED_TITLED = """Nghi Xuân học tập kết luận về dân vận

Ngày 9/11/2023, Huyện ủy Nghi Xuân quán triệt Kết luận số 144-KL/TW của Ban Bí thư về công tác dân vận ở cơ sở.
"""


def test_a_moved_citation_brings_its_title_as_if_read_together(store, files, tmp_path):
    """Read in one write, the first text's title names the conclusion; read in two, the undated one first, the
    conclusion the later write dates keeps that same title."""
    titled = tmp_path / "articles" / "0-undated-titled.txt"
    titled.write_text(UNDATED_TITLED, encoding="utf-8")
    dated = files["2-dated.txt"]
    together = _ingest(store, [titled, dated])
    assert next(d for d in store.nodes("Document") if d["key"] == CONCLUSION)["title"] == "công tác dân vận ở cơ sở"
    assert _ingest(store, [titled], [dated]) == together
