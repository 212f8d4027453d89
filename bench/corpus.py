"""A deterministic synthetic corpus of provincial news and legal texts, streamed to disk.

    python bench/corpus.py --docs 10000 --seed 1 OUT_DIR

writes ``OUT_DIR/docs/NNNN/dNNNNNNNN.txt`` (1 000 files a folder) and ``OUT_DIR/manifest.jsonl`` (one line
a document: its path, encoding, date, province, own symbol and the references it contains, canonical).
Each document comes from its own ``random.Random(f"{seed}:{index}")``: the same seed gives the same bytes,
in any order, and nothing but the reference pools is held in memory (documents are written one by one).

References are drawn with Zipf-like popularity from the central catalogue (``central-documents.tsv``)
and a seeded pool of State documents (decrees, circulars, decisions, laws), plus provincial Party
documents; they come with dates, issuers, terms, titles, relation cues, lists that share one suffix,
short forms, and the spelling noise of real pages (en dashes, NBSP, ``TƯ``, spaced symbols).
A chosen share of files is written in NFD and a chosen share in legacy 8-bit encodings (TCVN3, VNI):
viparse has no encoder, so its own TCVN3/VNI decoding tables are inverted here, and every legacy
document is checked to decode back to the same text with viparse before it is written in that encoding
(else it is written as UTF-8 and the manifest says so).
"""

from __future__ import annotations

import argparse
import bisect
import csv
import json
import random
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_PATHS = (ROOT / "loaders" / "data" / "central-documents.tsv",)
PER_DIR = 1000
FIRST_DAY, LAST_DAY = date(2006, 1, 1), date(2025, 6, 30)

TYPE_WORDS = {"NQ": "Nghị quyết", "KL": "Kết luận", "CT": "Chỉ thị", "QĐ": "Quyết định", "QĐi": "Quy định",
              "HD": "Hướng dẫn", "TB": "Thông báo", "KH": "Kế hoạch", "NĐ": "Nghị định", "TT": "Thông tư",
              "CTr": "Chương trình", "Luật": "Luật"}
TERMS = ((date(2001, 4, 22), "IX"), (date(2006, 4, 25), "X"), (date(2011, 1, 19), "XI"),
         (date(2016, 1, 28), "XII"), (date(2021, 2, 1), "XIII"))
TOPICS = ("phát triển kinh tế - xã hội", "chuyển đổi số", "xây dựng nông thôn mới", "cải cách hành chính",
          "bảo vệ môi trường", "phát triển văn hóa", "công tác cán bộ", "phòng, chống tham nhũng, tiêu cực",
          "đổi mới giáo dục và đào tạo", "chăm sóc sức khỏe nhân dân", "bảo đảm quốc phòng, an ninh",
          "phát triển khoa học, công nghệ", "xây dựng Đảng và hệ thống chính trị", "giảm nghèo bền vững",
          "phát triển kinh tế biển", "thu hút đầu tư", "phát triển du lịch", "công tác dân vận")
STATE_ISSUERS = (("NĐ", "CP", "Chính phủ", True), ("TT", "BTC", "Bộ Tài chính", True),
                 ("TT", "BGDĐT", "Bộ Giáo dục và Đào tạo", True), ("TT", "BYT", "Bộ Y tế", True),
                 ("TT", "BNV", "Bộ Nội vụ", True), ("QĐ", "TTg", "Thủ tướng Chính phủ", False),
                 ("CT", "TTg", "Thủ tướng Chính phủ", False), ("NQ", "CP", "Chính phủ", False),
                 ("Luật", "QH", "Quốc hội", True))
LOCAL_TYPES = ("NQ", "CT", "KH", "KL", "CTr")
LOCAL_ISSUERS = ("Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy")
AGENCIES = ("Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
            "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính",
            "Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn", "Công an tỉnh")
ROLES = ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Tuyên giáo Tỉnh ủy",
         "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy", "Giám đốc Sở Nội vụ",
         "Chủ tịch HĐND tỉnh")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLES = ("Văn", "Thị", "Quốc", "Minh", "Hữu", "Đức", "Thanh", "Ngọc", "Xuân", "Hồng")
GIVEN = ("Khánh", "Hùng", "Lan", "Dũng", "Hải", "Hà", "Sơn", "Tâm", "Thắng", "Hương", "Phong", "Bình", "Tuấn")
CUES = (("implements", ("đã triển khai thực hiện", "đã quán triệt", "đã học tập, quán triệt", "đã cụ thể hóa")),
        ("continues", ("tiếp tục thực hiện", "tiếp tục đẩy mạnh thực hiện")),
        ("reviews", ("đã sơ kết 5 năm thực hiện", "đã tổng kết 10 năm thực hiện")),
        ("basis", ("theo tinh thần", "căn cứ")),
        ("mentions", ("ghi nhận nhiều điểm mới trong", "có nhiều nội dung liên quan đến")))
FILLER = ("Hội nghị đã thảo luận, đánh giá kết quả đạt được, chỉ ra những hạn chế và nguyên nhân.",
          "Các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo, tạo chuyển biến rõ nét trong nhận thức.",
          "Nhiều mô hình hay, cách làm hiệu quả được nhân rộng trên địa bàn toàn tỉnh.",
          "Công tác tuyên truyền được thực hiện thường xuyên, đa dạng về hình thức.",
          "Đến nay, các chỉ tiêu cơ bản đều đạt và vượt kế hoạch đề ra.",
          "Bên cạnh kết quả đạt được, vẫn còn một số khó khăn, vướng mắc cần tháo gỡ.")


@dataclass(frozen=True)
class Target:
    """A document that corpus texts cite."""

    symbol: str  # canonical
    doc_type: str
    number: str
    family: str  # party | state
    issuer: str
    date: date | None
    term: str | None
    title: str
    locality: str | None = None


@dataclass
class Mention:
    """What the manifest records for one reference printed in a document."""

    symbol: str
    relation: str
    short_form: bool = False
    date: str | None = None  # the date printed next to it
    locality: str | None = None  # province of a local document
    year: int | None = None  # the year it was really issued (what identity resolution should find)


@dataclass
class Doc:
    """One generated document: its text and what it contains."""

    index: int
    path: str
    kind: str
    date: str
    province: str
    symbol: str | None
    text: str
    encoding: str = "utf-8"
    references: list[Mention] = field(default_factory=list)


def _term(d: date) -> str:
    return [t for start, t in TERMS if start <= d][-1] if d >= TERMS[0][0] else "VIII"


def _read_catalogue() -> list[Target]:
    for path in CATALOGUE_PATHS:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                rows = list(csv.DictReader(f, delimiter="\t"))
            break
    else:
        rows = [{"symbol": "35-NQ/TW", "date": "2018-10-22", "issuer": "Bộ Chính trị", "term": "XII",
                 "title": "tăng cường bảo vệ nền tảng tư tưởng của Đảng"}]
    out = []
    for r in rows:
        number, rest = r["symbol"].split("-", 1)
        doc_type = rest.split("/", 1)[0]
        d = date.fromisoformat(r["date"]) if r.get("date") else None
        out.append(Target(r["symbol"], doc_type, number, "party", r["issuer"], d, r.get("term") or None,
                          r.get("title") or ""))
    return out


@dataclass(frozen=True)
class Province:
    name: str
    place: str  # "tỉnh Quảng Trị", "thành phố Hà Nội"
    committee: str  # "Tỉnh ủy Quảng Trị", "Thành ủy Hà Nội"


@cache
def provinces() -> tuple[Province, ...]:
    """Provinces from the project's gazetteer (a short list when it is missing)."""
    try:
        from loaders.gazetteer import provinces as gazetteer

        return tuple(Province(p.name, ("tỉnh " if p.kind == "tỉnh" else "thành phố ") + p.name,
                              p.party_committee) for p in gazetteer())
    except Exception:  # the generator needs nothing from the project
        return tuple(Province(n, "tỉnh " + n, "Tỉnh ủy " + n) for n in ("Quảng Trị", "Nghệ An", "Bắc Giang"))


@cache
def pools(seed: int) -> tuple[list[Target], list[float]]:
    """Central and State documents in popularity order, with cumulative Zipf weights (s = 1.1)."""
    rng = random.Random(f"{seed}:pool")
    state: list[Target] = []
    for k in range(1500):
        doc_type, issuer_code, issuer, with_year = STATE_ISSUERS[k % len(STATE_ISSUERS)]
        d = FIRST_DAY - timedelta(days=2000) + timedelta(days=rng.randrange(7500))
        number = str(rng.randrange(1, 400 if with_year else 2500))
        if doc_type == "Luật":
            leg = 11 + (d.year - 2002) // 5
            symbol, number = f"{rng.randrange(1, 90)}/{d.year}/QH{leg}", ""
            number = symbol.split("/")[0]
        elif with_year:
            symbol = f"{number}/{d.year}/{doc_type}-{issuer_code}"
        else:
            symbol = f"{number}/{doc_type}-{issuer_code}"
        state.append(Target(symbol, doc_type, number, "state", issuer, d, None, rng.choice(TOPICS)))
    seen: set[str] = set()
    targets = []
    for t in _read_catalogue() + state:
        if t.symbol not in seen:  # one target a symbol: the manifest's symbol then names one document
            seen.add(t.symbol)
            targets.append(t)
    rng.shuffle(targets)
    cum, total = [], 0.0
    for rank in range(len(targets)):
        total += 1.0 / (rank + 1) ** 1.1
        cum.append(total)
    return targets, cum


def _pick(rng: random.Random, before: date, seed: int) -> Target:
    """A Zipf-popular central or State document issued before `before`."""
    targets, cum = pools(seed)
    for _ in range(50):
        t = targets[bisect.bisect_left(cum, rng.random() * cum[-1])]
        if t.date is None or t.date < before:
            return t
    return targets[0]


def _local(rng: random.Random, province: Province, before: date) -> Target:
    """A provincial Party document: the numbers restart every year and every province has them."""
    year = rng.randrange(max(FIRST_DAY.year - 5, before.year - 8), before.year + 1)
    d = date(year, 1, 1) + timedelta(days=rng.randrange(360))
    if d >= before:
        d = before - timedelta(days=1)
    doc_type = rng.choice(LOCAL_TYPES)
    number = str(rng.randrange(1, 60 if doc_type != "KH" else 300)).zfill(2)
    issuer = rng.choice(LOCAL_ISSUERS)
    issuer = province.committee if issuer == "Tỉnh ủy" else f"{issuer} {province.name}"
    if province.committee.startswith("Thành ủy"):
        issuer = issuer.replace("Tỉnh ủy", "Thành ủy").replace("Đảng bộ tỉnh", "Đảng bộ thành phố")
    return Target(f"{number}-{doc_type}/TU", doc_type, number, "party", issuer, d, None, rng.choice(TOPICS),
                  province.name)


def _year(t: Target) -> int | None:
    return t.date.year if t.date else None


def _fmt_date(rng: random.Random, d: date) -> str:
    r = rng.random()
    if r < 0.5:
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if rng.random() < 0.5 else f"{d.day}/{d.month}/{d.year}"
    if r < 0.75:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d} tháng {d.month:02d} năm {d.year}"


def _noisy(rng: random.Random, symbol: str, family: str) -> str:
    """The symbol as a page might print it (the manifest keeps the canonical one)."""
    r = rng.random()
    if family == "party" and "-" in symbol:
        if r < 0.04:
            return symbol.replace("-", "\u2013", 1)
        if r < 0.07:
            return symbol.replace("-", " - ", 1)
        if r < 0.10 and symbol.endswith("/TW"):
            return symbol[:-2] + "TƯ"
    elif family == "state" and r < 0.04 and "NĐ-CP" in symbol:
        return symbol.replace("NĐ-CP", "ND-CP")
    return symbol


def _issuer_phrase(t: Target) -> str:
    if t.family == "party" and t.term:
        return f"{t.issuer} khóa {t.term}"
    return t.issuer


def _full(rng: random.Random, t: Target) -> tuple[str, str | None]:
    """A full mention: type word, số, symbol, date, issuer, title. Returns (text, ISO date printed)."""
    word = TYPE_WORDS.get(t.doc_type, "Văn bản")
    so = rng.choice(("số ", "số ", "số\u00a0", "")) if t.doc_type != "Luật" else "số "
    text = f"{word} {so}{_noisy(rng, t.symbol, t.family)}"
    printed = None
    if t.date and rng.random() < 0.75:
        text += f" ngày {_fmt_date(rng, t.date)}"
        printed = t.date.isoformat()
    text += f" của {_issuer_phrase(t)}"
    if t.title and rng.random() < 0.7:
        text += f" về “{t.title}”" if rng.random() < 0.5 else f" về {t.title}"
    return text, printed


def _short(t: Target) -> str:
    return f"{TYPE_WORDS.get(t.doc_type, 'Văn bản')} {t.number.lstrip('0') or t.number}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"


def _reference_sentences(rng: random.Random, day: date, province: Province, n: int, seed: int,
                         legal: bool) -> tuple[list[str], list[Mention]]:
    """Sentences carrying `n` or so references (lists, short forms, local documents)."""
    sentences: list[str] = []
    mentions: list[Mention] = []
    shorts: list[Target] = []
    while len(mentions) < n:
        relation, verbs = rng.choice(CUES)
        verb = rng.choice(verbs)
        r = rng.random()
        if legal:
            t = _local(rng, province, day) if r < 0.2 else _pick(rng, day, seed)
            text, printed = _full(rng, t)
            sentences.append(f"Căn cứ {text};")
            mentions.append(Mention(t.symbol, "basis", date=printed, locality=t.locality, year=_year(t)))
            continue
        if r < 0.12:  # a list that shares one suffix: các Nghị quyết số 18, 19-NQ/TW
            a, b = _pick(rng, day, seed), _pick(rng, day, seed)
            if a.family == b.family == "party" and a.doc_type == b.doc_type and a.symbol != b.symbol:
                word = TYPE_WORDS[a.doc_type]
                sentences.append(f"Các cấp ủy {verb} các {word} số {a.number}, {b.symbol} "
                                 f"của {a.issuer}, đạt nhiều kết quả quan trọng.")
                mentions += [Mention(a.symbol, relation, year=_year(a)), Mention(b.symbol, relation, year=_year(b))]
                continue
            if a.family == b.family == "state" and a.doc_type == b.doc_type and a.symbol != b.symbol:
                word = TYPE_WORDS.get(a.doc_type, "Văn bản")
                sentences.append(f"Tỉnh đã {verb} {word} số {a.symbol} và {b.symbol} một cách đồng bộ.")
                mentions += [Mention(a.symbol, relation, year=_year(a)), Mention(b.symbol, relation, year=_year(b))]
                continue
        t = _local(rng, province, day) if r < 0.3 else _pick(rng, day, seed)
        text, printed = _full(rng, t)
        tail = ""
        if t.family == "party" and not t.locality and rng.random() < 0.3:
            tail = f" (sau đây gọi tắt là {_short(t)})"
            shorts.append(t)
        if relation == "basis":
            sentences.append(f"{verb.capitalize()} {text}{tail}, {province.place} đã tập trung {rng.choice(TOPICS)}.")
        else:
            sentences.append(f"Thời gian qua, {province.place} {verb} {text}{tail}, gắn với {rng.choice(TOPICS)}.")
        mentions.append(Mention(t.symbol, relation, date=printed, locality=t.locality, year=_year(t)))
    for t in shorts:
        sentences.append(f"Việc thực hiện {_short(t)} đã góp phần {rng.choice(TOPICS)}.")
        mentions.append(Mention(t.symbol, "implements", short_form=True, locality=t.locality, year=_year(t)))
    return sentences, mentions


def _news(rng: random.Random, day: date, province: Province, seed: int) -> tuple[str, list[Mention]]:
    agency = rng.choice(AGENCIES)
    chair, role = _person(rng), rng.choice(ROLES)
    topic = rng.choice(TOPICS)
    n = rng.choice((1, 2, 2, 3, 3, 4, 5, 6, 8))
    sents, mentions = _reference_sentences(rng, day, province, n, seed, legal=False)
    when = rng.choice(("Sáng", "Chiều", "")) + " ngày " + _fmt_date(rng, day)
    head = (f"{province.name}: hội nghị về {topic}\n\n"
            f"{when.strip().capitalize()}, {agency} {province.place} phối hợp với Sở Nội vụ tổ chức Hội nghị "
            f"quán triệt, triển khai các văn bản về {topic}. Đồng chí {chair}, {role}, chủ trì hội nghị.")
    body = []
    for s in sents:
        body.append(s)
        if rng.random() < 0.5:
            body.append(rng.choice(FILLER))
    paras = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    tail = f"Phát biểu kết luận, đồng chí {chair} đề nghị UBND {province.place} tiếp tục chỉ đạo quyết liệt."
    return "\n\n".join([head, *paras, tail]) + "\n", mentions


def _legal(rng: random.Random, day: date, province: Province, seed: int, index: int) -> tuple[str, str, list[Mention]]:
    doc_type = rng.choice(("KH", "NQ", "CT", "CTr"))
    own = f"{index % 500 + 1:02d}-{doc_type}/TU"
    topic = rng.choice(TOPICS)
    sents, mentions = _reference_sentences(rng, day, province, rng.randrange(2, 7), seed, legal=True)
    text = (f"{province.committee.upper()}\nSố: {own}\n\n"
            f"ĐẢNG CỘNG SẢN VIỆT NAM\n{province.name}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}\n\n"
            f"{TYPE_WORDS[doc_type].upper()}\nvề {topic}\n\n" + "\n".join(sents) + "\n\n"
            f"Ban Thường vụ {province.committee} yêu cầu các cấp ủy, tổ chức đảng thực hiện nghiêm túc.\n"
            f"{rng.choice(FILLER)}\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n{_person(rng)}\n")
    return text, own, mentions


def generate(index: int, seed: int, nfd: float = 0.05, legacy: float = 0.02) -> Doc:
    """Document number `index` of the corpus with this seed (independent of every other document)."""
    rng = random.Random(f"{seed}:{index}")
    province = rng.choice(provinces())
    day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
    path = f"docs/{index // PER_DIR:04d}/d{index:08d}.txt"
    if rng.random() < 0.7:
        text, refs = _news(rng, day, province, seed)
        kind, own = "article", None
    else:
        text, own, refs = _legal(rng, day, province, seed, index)
        kind = "legal"
    doc = Doc(index, path, kind, day.isoformat(), province.name, own, text, references=refs)
    r = rng.random()
    if r < legacy:
        doc.encoding = "tcvn3" if rng.random() < 0.5 else "vni"
    elif r < legacy + nfd:
        doc.encoding = "utf-8-nfd"
    return doc


@cache
def _legacy_table(name: str) -> dict[str, str]:
    """Unicode letter → legacy byte sequence (as Latin-1 characters), from viparse's decoding table."""
    from viparse.normalize.encodings import get_charmap

    charmap = get_charmap(name)
    inverse: dict[str, str] = {}
    for legacy_seq, uni in charmap.pairs:
        u = unicodedata.normalize("NFC", uni)
        if u not in inverse or len(legacy_seq) < len(inverse[u]):
            inverse[u] = legacy_seq
    return inverse


def _plain(text: str) -> str:
    """Punctuation that 8-bit Vietnamese fonts did not have, as ASCII."""
    return text.translate({0x2013: "-", 0x00A0: " ", 0x201C: '"', 0x201D: '"'})


def encode_legacy(text: str, name: str) -> bytes | None:
    """`text` in TCVN3 or VNI bytes, or None when viparse would not decode it back to the same text."""
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    table = _legacy_table(name)
    text = _plain(text)
    chars = []
    for c in text:
        if c in table:
            chars.append(table[c])
        elif ord(c) < 0x80:
            chars.append(c)
        elif c.lower() in table:  # TCVN3 has no capital toned letters: typed lowercase in an H font
            chars.append(table[c.lower()])
        else:
            return None
    legacy = "".join(chars)
    back = convert(legacy, get_charmap(name))
    if back.lower() != unicodedata.normalize("NFC", text).lower():
        return None
    try:
        return legacy.encode("latin-1")
    except UnicodeEncodeError:
        try:
            return legacy.encode("cp1252")
        except UnicodeEncodeError:
            return None


def to_bytes(doc: Doc) -> bytes:
    """The file's bytes; a legacy document that does not round-trip falls back to UTF-8."""
    if doc.encoding == "utf-8-nfd":
        return unicodedata.normalize("NFD", doc.text).encode("utf-8")
    if doc.encoding in ("tcvn3", "vni"):
        data = encode_legacy(doc.text, doc.encoding)
        if data is not None:
            return data
        doc.encoding = "utf-8"
    return doc.text.encode("utf-8")


def manifest_row(doc: Doc) -> dict:
    return {"path": doc.path, "kind": doc.kind, "date": doc.date, "province": doc.province, "symbol": doc.symbol,
            "encoding": doc.encoding, "references": [asdict(m) for m in doc.references]}


def iter_docs(n: int, seed: int, start: int = 0, **shares: float) -> Iterator[Doc]:
    """Documents start … n-1, generated lazily."""
    for i in range(start, n):
        yield generate(i, seed, **shares)


def write_corpus(out: Path, n: int, seed: int, nfd: float = 0.05, legacy: float = 0.02,
                 progress: bool = False) -> dict:
    """Write `n` documents and the manifest under `out`, one document at a time; return a summary."""
    out.mkdir(parents=True, exist_ok=True)
    summary = {"docs": 0, "bytes": 0, "references": 0, "encodings": {}}
    t0 = time.perf_counter()
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for doc in iter_docs(n, seed, nfd=nfd, legacy=legacy):
            path = out / doc.path
            if doc.index % PER_DIR == 0:
                path.parent.mkdir(parents=True, exist_ok=True)
            data = to_bytes(doc)
            path.write_bytes(data)
            manifest.write(json.dumps(manifest_row(doc), ensure_ascii=False) + "\n")
            summary["docs"] += 1
            summary["bytes"] += len(data)
            summary["references"] += len(doc.references)
            summary["encodings"][doc.encoding] = summary["encodings"].get(doc.encoding, 0) + 1
            if progress and doc.index % 10000 == 9999:
                print(f"{doc.index + 1} documents, {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    summary["seconds"] = round(time.perf_counter() - t0, 3)
    (out / "corpus.json").write_text(json.dumps({"seed": seed, "nfd": nfd, "legacy": legacy, **summary},
                                                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return summary


def ensure_corpus(out: Path, n: int, seed: int = 1) -> Path:
    """`out`, holding the corpus of `n` documents with `seed` (generated unless already there)."""
    info = out / "corpus.json"
    if info.exists():
        meta = json.loads(info.read_text(encoding="utf-8"))
        if meta.get("docs") == n and meta.get("seed") == seed:
            return out
    write_corpus(out, n, seed)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="output folder")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--nfd", type=float, default=0.05, help="share of files in NFD (default 0.05)")
    ap.add_argument("--legacy", type=float, default=0.02, help="share of files in TCVN3/VNI (default 0.02)")
    args = ap.parse_args(argv)
    s = write_corpus(args.out, args.docs, args.seed, args.nfd, args.legacy, progress=True)
    print(f"{s['docs']} documents, {s['references']} references, {s['bytes'] / 1e6:.1f} MB in {s['seconds']} s "
          f"({s['docs'] / max(s['seconds'], 1e-9):.0f} docs/s); encodings {s['encodings']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
