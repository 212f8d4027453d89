"""The graph of a corpus does not depend on `--chunk-size` (how many documents a write takes), nor its citations on
the order of the files: an undated mention of a provincial resolution whose number restarts every term means the latest
namesake issued before the citing document, among all the namesakes the ingest knows, wherever the batch
boundaries fall (graph.resolve: `_known_documents`, `redirects`). On the embedded store: resolution is shared
code, the same for both stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest import _snapshot

from graph.ingest import ingest_paths

# Tỉnh ủy Nghệ An's resolution 05-NQ/TU of 2016, read from its own file ...
RESOLUTION_2016 = """TỈNH ỦY NGHỆ AN
Số: 05-NQ/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Nghệ An, ngày 14 tháng 03 năm 2016

NGHỊ QUYẾT
về phát triển kinh tế lâm nghiệp bền vững

Tỉnh ủy Nghệ An quyết nghị tập trung trồng rừng gỗ lớn, gắn chế biến sâu với bảo vệ rừng đầu nguồn.
"""

# ... and its namesake of the next term, known only from a dated mention.
DATED_2021 = """Nghệ An sơ kết một năm chuyển đổi số

Sáng ngày 10/4/2022, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác chuyển đổi số.
Hội nghị đánh giá một năm thực hiện Nghị quyết số 05-NQ/TU ngày 20/5/2021 của Tỉnh ủy Nghệ An về chuyển đổi số đến năm 2025.
"""

# Articles that name the number undated: each means the latest namesake issued before its own date.
UNDATED_2019 = """Con Cuông trồng rừng gỗ lớn

Sáng ngày 3/6/2019, Huyện ủy Con Cuông tổ chức hội nghị kiểm tra tại các xã vùng cao.
Các xã tiếp tục thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An, diện tích rừng gỗ lớn tăng nhanh.
"""

UNDATED_2023 = """Vinh đẩy mạnh dịch vụ công trực tuyến

Sáng ngày 15/8/2023, Thành ủy Vinh tổ chức hội nghị đánh giá kết quả cải cách hành chính.
Qua hai năm triển khai Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An, số hồ sơ nộp trực tuyến tăng gấp đôi.
"""

# Older than both namesakes: it cites neither, an earlier resolution nobody here knows.
UNDATED_2015 = """Nghĩa Đàn rà soát quy hoạch

Chiều ngày 9/9/2015, Huyện ủy Nghĩa Đàn tổ chức hội nghị rà soát quy hoạch đất đai.
Việc rà soát bám sát Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An và các chương trình của tỉnh.
"""

# A review "after five years" of the resolution: the one of 2016, though the one of 2021 is also before it.
UNDATED_REVIEW_2022 = """Quỳ Châu tổng kết trồng rừng

Sáng ngày 6/9/2022, Huyện ủy Quỳ Châu tổ chức hội nghị về phát triển rừng sản xuất.
Sau 5 năm thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An, độ che phủ rừng của huyện đạt 76%.
"""

# A mention dated by the sentence's opening date: it stays with the 2016 resolution when the 2021 one comes.
DATED_BEFORE_2022 = """Tân Kỳ nhìn lại chặng đường trồng rừng

Sáng ngày 12/10/2022, Huyện ủy Tân Kỳ tổ chức hội nghị chuyên đề về kinh tế lâm nghiệp.
Ngày 14/3/2016, Tỉnh ủy Nghệ An ban hành Nghị quyết số 05-NQ/TU, mở ra hướng đi mới cho nghề rừng.
"""

FILES = {"r2016.txt": RESOLUTION_2016, "d2021.txt": DATED_2021, "u2019.txt": UNDATED_2019,
         "u2023.txt": UNDATED_2023, "u2015.txt": UNDATED_2015, "u2022.txt": UNDATED_REVIEW_2022,
         "p2022.txt": DATED_BEFORE_2022}
OLD, NEW, UNKNOWN = "05-NQ/TU@nghe-an@2016", "05-NQ/TU@nghe-an@2021", "05-NQ/TU@nghe-an@unknown"
EXPECTED = {"u2019.txt": OLD, "u2023.txt": NEW, "u2015.txt": UNKNOWN, "u2022.txt": OLD, "p2022.txt": OLD}
# the file orders tried: as listed, reversed, the undated articles first
ORDERS = {"listed": list(FILES), "reversed": list(FILES)[::-1],
          "undated first": ["p2022.txt", "u2019.txt", "u2023.txt", "u2022.txt", "u2015.txt", "r2016.txt", "d2021.txt"]}


@pytest.fixture
def embedded(tmp_path: Path):
    from graph.embedded_store import EmbeddedStore

    store = EmbeddedStore(str(tmp_path / "db"))
    yield store
    store.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "articles"
    out.mkdir()
    for name, text in FILES.items():
        (out / name).write_text(text, encoding="utf-8")
    return out


def _graph(store, folder: Path, order: list[str], chunk_size: int) -> dict:
    store.clear()
    summary = ingest_paths([str(folder / name) for name in order], store, progress=False, chunk_size=chunk_size)
    assert summary.files_failed == 0
    return _snapshot(store)


def _cited(store) -> dict[str, str]:
    """The file name of each citing article → the document its mention of 05-NQ/TU means."""
    return {Path(p).name: e["dst"] for e in store.edges("CITES") if e["dst"].startswith("05-NQ/TU")
            for d in store.documents([e["src"]]) for p in d["paths"] or [] if Path(p).name in EXPECTED}


def test_one_write_resolves_each_undated_mention_to_the_latest_namesake_before_it(embedded, folder):
    _graph(embedded, folder, ORDERS["listed"], 100)
    assert _cited(embedded) == EXPECTED


@pytest.mark.parametrize("chunk_size", [1, 2, 3])
def test_the_graph_is_the_same_whatever_the_chunk_size(embedded, folder, chunk_size):
    whole = _graph(embedded, folder, ORDERS["listed"], 100)
    assert _graph(embedded, folder, ORDERS["listed"], chunk_size) == whole
    assert _cited(embedded) == EXPECTED


@pytest.mark.parametrize("order", ["reversed", "undated first"])
@pytest.mark.parametrize("chunk_size", [1, 3, 100])
def test_the_citations_are_the_same_whatever_the_file_order(embedded, folder, order, chunk_size):
    """Every citation, with its mention; (a document's properties may not be: where a read document and a mention
    of it give different values, the first file's stand)."""
    whole = _graph(embedded, folder, ORDERS["listed"], 100)["CITES"]
    assert _graph(embedded, folder, ORDERS[order], chunk_size)["CITES"] == whole
    assert _cited(embedded) == EXPECTED
