"""A small graph with known answers, shared by the RDF, analytics and export tests.

Citations (src → dst, relation):
  A1 → R1 basis, R2 mentions, L1 implements      A2 → R1, R2, D1      A3 → R1, D1
  L1 → R1 implements, D1 continues               S2 → S1 amends       S3 → S2 replaces
  S4 → S1 repeals                                 A4 → S3 guides
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from graph.model import AgencyNode, Cites, DocumentNode, EventNode, GraphBatch, Link, PersonNode

R1 = "35-NQ/TW@2018"
R2 = "21-KL/TW@2021"
D1 = "05-CT/TW@2016"
L1 = "02-NQ/TU@quang-tri@2021"
S1 = "15/2020/NĐ-CP"
S2 = "91/2022/NĐ-CP"
S3 = "10/2024/NĐ-CP"
S4 = "20/2024/NĐ-CP"
A1 = "article:https://baoquangtri.vn/tin?id=1&q=ngh%E1%BB%8B quyết#đầu"
A2 = "article:https://hanoimoi.vn/bai-2"
A3 = "article:/data/tin 3.txt"
A4 = "article:https://example.vn/4"
BCH = "agency:ban-chap-hanh-trung-uong"
TU = "agency:tinh-uy-quang-tri"
PERSON = "person:nguyen-van-a"
EVENT = "event:hoi-nghi-quan-triet@2023-03-01"


def _party(key: str, symbol: str, kind: str, year: int, scope: str = "TW", **kw: object) -> DocumentNode:
    number, rest = symbol.split("-", 1)
    return DocumentNode(key=key, symbol=symbol, family="party", doc_type=rest.split("/")[0], number=number,
                        scope=scope, year=year, kind=kind, is_stub=True, **kw)


def _state(key: str, year: int, date: str | None = None) -> DocumentNode:
    return DocumentNode(key=key, symbol=key, family="state", doc_type="NĐ", number=key.split("/")[0], scope="CP",
                        year=year, date=date, kind="decree", issuer="Chính phủ", is_stub=date is None)


def _article(key: str, date: str | None, locality: str | None, title: str) -> DocumentNode:
    return DocumentNode(key=key, family="article", kind="article", date=date, year=int(date[:4]) if date else None,
                        locality=locality, title=title, source=key[len("article:"):], text_hash="ab12" + key[-1],
                        is_stub=False)


def sample_batch() -> GraphBatch:
    """The graph described in the module docstring, with agencies, a person and an event."""
    docs = [
        _party(R1, "35-NQ/TW", "resolution", 2018, date="2018-10-22", term="XII", issuer="Bộ Chính trị",
               title="Về tăng cường bảo vệ nền tảng tư tưởng của Đảng"),
        _party(R2, "21-KL/TW", "conclusion", 2021, date="2021-10-25", term="XIII"),
        _party(D1, "05-CT/TW", "directive", 2016, date="2016-05-15"),
        _party(L1, "02-NQ/TU", "resolution", 2021, scope="TU", locality="Quảng Trị"),
        _state(S1, 2020, "2020-01-31"), _state(S2, 2022), _state(S3, 2024, "2024-02-01"), _state(S4, 2024),
        _article(A1, "2023-03-02", "Quảng Trị", 'Tỉnh ủy "Quảng Trị" quán triệt Nghị quyết'),
        _article(A2, "2023-06-01", "Hà Nội", "Hà Nội học tập chỉ thị"),
        _article(A3, "2022-09-09", None, "Tin 3"),
        _article(A4, None, None, "Tin 4"),
    ]
    cites = [
        Cites(A1, R1, "basis", "Nghị quyết số 35-NQ/TW", "Căn cứ Nghị quyết số 35-NQ/TW,\nngày 22/10/2018.", 10, 30, 2),
        Cites(A1, R2, "mentions", "Kết luận 21-KL/TW", "… Kết luận 21-KL/TW …", 40, 57),
        Cites(A1, L1, "implements", "Nghị quyết 02-NQ/TU", "thực hiện Nghị quyết 02-NQ/TU", 60, 79),
        Cites(A2, R1, "mentions", "35-NQ/TW", "35-NQ/TW", 0, 8),
        Cites(A2, R2, "reviews", "21-KL/TW", "sơ kết 21-KL/TW", 9, 17),
        Cites(A2, D1, "continues", "Chỉ thị 05-CT/TW", "tiếp tục Chỉ thị 05-CT/TW", 20, 36),
        Cites(A3, R1, "mentions", "35-NQ/TW", "35-NQ/TW", 0, 8),
        Cites(A3, D1, "mentions", "05-CT/TW", "05-CT/TW", 9, 17),
        Cites(L1, R1, "implements", "35-NQ/TW", "35-NQ/TW", 0, 8),
        Cites(L1, D1, "continues", "05-CT/TW", "05-CT/TW", 9, 17),
        Cites(S2, S1, "amends", "Nghị định 15/2020/NĐ-CP", "sửa đổi Nghị định 15/2020/NĐ-CP", 0, 20),
        Cites(S3, S2, "replaces", "91/2022/NĐ-CP", "thay thế 91/2022/NĐ-CP", 0, 13),
        Cites(S4, S1, "repeals", "15/2020/NĐ-CP", "bãi bỏ 15/2020/NĐ-CP", 0, 13),
        Cites(A4, S3, "guides", "10/2024/NĐ-CP", "hướng dẫn 10/2024/NĐ-CP", 0, 13),
    ]
    return GraphBatch(
        documents=docs,
        agencies=[AgencyNode(BCH, "Ban Chấp hành Trung ương", kind="party committee", level="central"),
                  AgencyNode(TU, "Tỉnh ủy Quảng Trị", kind="party committee", level="provincial",
                             locality="Quảng Trị")],
        persons=[PersonNode(PERSON, "Nguyễn Văn A")],
        events=[EventNode(EVENT, "Hội nghị quán triệt Nghị quyết 35", kind="conference", date="2023-03-01",
                          locality="Quảng Trị")],
        cites=cites,
        links=[Link("ISSUED_BY", R1, BCH), Link("ISSUED_BY", L1, TU), Link("MENTIONS", A1, TU),
               Link("MENTIONS", A1, PERSON), Link("REPORTS", A1, EVENT), Link("ORGANIZED_BY", EVENT, TU),
               Link("CHAIRED_BY", EVENT, PERSON), Link("HOLDS_ROLE", PERSON, TU, {"title": "Bí thư Tỉnh ủy"}),
               Link("PART_OF", TU, BCH)],
    )


def batch_rows(batch: GraphBatch) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """The batch as a store gives it back: node rows by label, relationship rows by type."""
    nodes = {"Document": [asdict(d) for d in batch.documents], "Agency": [asdict(a) for a in batch.agencies],
             "Person": [asdict(p) for p in batch.persons], "Event": [asdict(e) for e in batch.events]}
    edges: dict[str, list[dict[str, Any]]] = {
        "CITES": [{k: v for k, v in asdict(c).items() if k != "sources"} for c in batch.cites]}
    for link in batch.links:
        edges.setdefault(link.type, []).append({"src": link.src, "dst": link.dst, **link.props})
    return nodes, edges
