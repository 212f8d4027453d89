"""Throughput of reference extraction on a generated corpus, against a bare party-symbol regex scan.

    python bench/extract.py [--docs N] [--seed S] [--repeat R]

The corpus is deterministic (seeded): documents shaped like provincial news, with Party and State
references, lists sharing a suffix, short forms, dates, and some documents in NFD. The last line is
`ratio extract/bare: X.XX` (find_references MB/s over bare-regex MB/s, in the same process).
"""

from __future__ import annotations

import argparse
import random
import time
import unicodedata
from collections.abc import Callable

import regex

from loaders.model import Source

PROVINCES = ("Quảng Trị", "Hà Tĩnh", "Nghệ An", "Yên Bái", "Kiên Giang", "Bắc Ninh", "Đắk Lắk", "Lai Châu")
ISSUERS_TW = ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương")
PARTY_TYPES = (("Nghị quyết", "NQ"), ("Kết luận", "KL"), ("Chỉ thị", "CT"), ("Quy định", "QĐ"), ("Kế hoạch", "KH"))
STATE = (("Nghị định", "NĐ", "CP", "Chính phủ"), ("Quyết định", "QĐ", "TTg", "Thủ tướng Chính phủ"),
         ("Thông tư", "TT", "BGDĐT", "Bộ Giáo dục và Đào tạo"), ("Quyết định", "QĐ", "UBND", "UBND tỉnh"))
VERBS = ("triển khai thực hiện", "quán triệt", "tiếp tục thực hiện", "theo", "căn cứ", "sơ kết 5 năm thực hiện",
         "tổ chức thực hiện có hiệu quả")
FILLER = ("các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo", "công tác tuyên truyền được đẩy mạnh",
          "cán bộ, đảng viên và Nhân dân đồng tình hưởng ứng", "kinh tế - xã hội tiếp tục phát triển",
          "Ban Tuyên giáo Tỉnh ủy phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị",
          "tỷ lệ hộ nghèo giảm còn 3,5%, thu ngân sách đạt 2.150 tỷ đồng")


def _date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2025)
    return rng.choice((f"ngày {d}/{m}/{y}", f"ngày {d:02d}-{m:02d}-{y}", f"ngày {d} tháng {m} năm {y}"))


def _party(rng: random.Random, province: str) -> tuple[str, str]:
    word, code = rng.choice(PARTY_TYPES)
    n = rng.randint(1, 150)
    if rng.random() < 0.3:
        return f"{word} số {n:02d}-{code}/TU {_date(rng)} của Tỉnh ủy {province}", f"{word} {n:02d}"
    dash = rng.choice(("-", " - ", "–", "- "))
    return f"{word} số {n}{dash}{code}/TW {_date(rng)} của {rng.choice(ISSUERS_TW)}", f"{word} {n}"


def _state(rng: random.Random) -> str:
    word, code, issuer, name = rng.choice(STATE)
    n, y = rng.randint(1, 3000), rng.randint(2005, 2025)
    year = f"{y}/" if rng.random() < 0.6 else ""
    return f"{word} số {n}/{year}{code}-{issuer} {_date(rng)} của {name}"


def document(rng: random.Random) -> str:
    """One generated article: a title, paragraphs with references, a list, a short form."""
    province = rng.choice(PROVINCES)
    parts = [f"Hội nghị quán triệt nghị quyết tại tỉnh {province}\n"]
    for _ in range(rng.randint(4, 9)):
        sentence = [rng.choice(FILLER).capitalize()]
        if rng.random() < 0.7:
            full, short = _party(rng, province)
            sentence.append(f"{rng.choice(VERBS)} {full} về phát triển kinh tế - xã hội")
            if rng.random() < 0.5:
                sentence.append(f"; {short} đã đi vào cuộc sống")
        if rng.random() < 0.5:
            sentence.append(f", {rng.choice(VERBS)} {_state(rng)}")
        if rng.random() < 0.2:
            a, b = rng.randint(10, 40), rng.randint(41, 60)
            sentence.append(f"; các Nghị quyết số {a}, {b}-NQ/TW của Bộ Chính trị")
        prose = ". ".join(rng.choice(FILLER).capitalize() for _ in range(rng.randint(3, 8)))
        parts.append(" ".join(sentence) + ". " + prose + ".\n")
    text = "".join(parts)
    return unicodedata.normalize("NFD", text) if rng.random() < 0.15 else text


def corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [document(rng) for _ in range(n)]


def throughput(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    """MB/s of UTF-8 text through `fn`, best of `repeat` passes."""
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return size / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from loaders.extract import extract
    from loaders.references import find_references

    docs = corpus(args.docs, args.seed)
    bare = regex.compile(r"\d{1,4}\s*-\s*[A-ZĐ][A-Za-zĐđ]{1,3}/[A-ZĐƯ][A-Za-zĐƯđư]{1,6}")
    rows = [("bare party-symbol regex", throughput(lambda d: bare.findall(d), docs, args.repeat))]
    rows.append(("find_references", throughput(find_references, docs, args.repeat)))
    try:
        rows.append(("loaders.extract (full)", throughput(lambda d: extract(Source(d)), docs, 1)))
    except Exception as e:  # the full pipeline belongs to other modules; report, do not fail the bench
        print(f"loaders.extract skipped: {e}")
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    refs = sum(len(find_references(d).references) for d in docs)
    print(f"corpus: {len(docs)} documents, {size:.2f} MB, {refs} references found")
    print(f"{'step':<28}{'MB/s':>10}")
    for name, mbps in rows:
        print(f"{name:<28}{mbps:>10.2f}")
    print(f"ratio extract/bare: {rows[1][1] / rows[0][1]:.2f}")


if __name__ == "__main__":
    main()
