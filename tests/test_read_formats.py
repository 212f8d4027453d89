"""Each format and encoding round-trips a file the test builds; metadata says what was found."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from pathlib import Path

import pytest
from fixtures_build import SENTENCE, cp1258_encode, legacy_encode, seed_page, write_docx, write_pdf

import loaders
from loaders.encodings import decode

BOILERPLATE = ("Go top", "bình chọn", "Thống kê truy cập", "Người trực tuyến", "Tổng lượt truy cập",
               "Trang chủ", "Liên hệ", "Bản quyền")


def test_seed_txt_keeps_article_and_drops_page_chrome(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    src = loaders.read(seed_path)
    assert raw.startswith(src.text)  # nothing before the cut moves: gold offsets stay valid
    assert src.text.endswith("thiết thực./. Đăng Khoa")
    for chrome in BOILERPLATE[:5]:
        assert chrome not in src.text
    md = src.metadata
    assert md["format"] == "txt" and md["encoding"] == "utf-8" and md["encoding_confidence"] > 0.9
    assert md["content_hash"] == hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert md["locality"] == "Quảng Trị"


def test_seed_html_page_gives_article_title_date_url(seed_path: Path, tmp_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    article = raw[: raw.index("343 Go top")]
    title = article.split("\n")[0].strip()
    page = tmp_path / "hoi-nghi.html"
    page.write_text(seed_page(article, title), encoding="utf-8")
    src = loaders.read(page)
    for chrome in BOILERPLATE:
        assert chrome not in src.text, chrome
    assert "Chiều ngày 22/9/2023, Ban Tuyên giáo Tỉnh ủy phối hợp Sở Tài nguyên và Môi trường" in src.text
    assert src.text.rstrip().endswith("Đăng Khoa")
    md = src.metadata
    assert md["title"] == title
    assert md["date"] == "2023-09-23"
    assert md["url"] == "https://example.invalid/tin-co-so/hoi-nghi-giao-ban"
    assert md["locality"] == "Quảng Trị"
    assert md["format"] == "html"


_REPORT = ("<p>Sở Tư pháp tỉnh vừa phổ biến Nghị định số 118/2021/NĐ-CP ngày 23/12/2021 của Chính phủ quy định chi "
           "tiết một số điều của Luật Xử lý vi phạm hành chính cho cán bộ các xã.</p>"
           "<p>Từ ngày 01/01/2022, mọi quyết định xử phạt phải ghi rõ căn cứ. Các xã báo cáo kết quả trước "
           "ngày 30/6 hằng năm; hội nghị cũng nghe hướng dẫn lập hồ sơ.</p>")


def _report_page(path: Path, head: str = "", dateline: str = "") -> Path:
    path.write_text(f"<html><head><title>Phổ biến nghị định về xử phạt</title>{head}</head><body><article>"
                    f"<h1>Phổ biến nghị định về xử phạt</h1>{dateline}{_REPORT}</article></body></html>",
                    encoding="utf-8")
    return path


def test_an_html_page_is_not_dated_by_a_document_it_cites(tmp_path: Path) -> None:
    # no date in the markup: the first date of the text is the cited decree's, not the page's
    assert loaders.read(_report_page(tmp_path / "a.html")).metadata["date"] is None
    dated = _report_page(tmp_path / "b.html", dateline="<p>Thứ Sáu, 14/03/2025</p>")
    assert loaders.read(dated).metadata["date"] is None  # the reader leaves the text's dateline to the pipeline
    from graph.pipeline import extract_document
    assert extract_document(loaders.read(dated)).document.date == "2025-03-14"


def test_an_html_page_date_comes_from_its_markup(tmp_path: Path) -> None:
    published = '<meta property="article:published_time" content="2025-03-14T08:00:00+07:00">'
    page = _report_page(tmp_path / "c.html", head=published)
    assert loaders.read(page).metadata["date"] == "2025-03-14"
    timed = _report_page(tmp_path / "d.html", dateline='<time datetime="2025-03-15">15/03/2025</time>')
    assert loaders.read(timed).metadata["date"] == "2025-03-15"



_PLAN = ("<p>Thực hiện Kế hoạch số 45-KH/TU ngày 02/3/2024 của Ban Thường vụ Tỉnh ủy, Sở Tư pháp tỉnh đã tổ chức hội "
         "nghị phổ biến cho cán bộ các xã, phường trong tháng 3.</p>")


def test_a_provincial_site_gives_its_page_the_province_the_text_leaves_out(tmp_path: Path) -> None:
    # the text says only "tỉnh" and "Tỉnh ủy": the department's site on the province's portal says which
    canonical = '<link rel="canonical" href="https://stp.bacninh.gov.vn/tin-tuc/trien-khai-ke-hoach">'
    page = tmp_path / "plan.html"
    page.write_text(f"<html><head><title>Triển khai kế hoạch</title>{canonical}</head><body><article>"
                    f"<h1>Triển khai kế hoạch</h1>{_PLAN}{_REPORT}</article></body></html>", encoding="utf-8")
    from graph.pipeline import extract_document
    found = extract_document(loaders.read(page))
    assert found.document.locality == "Bắc Ninh"
    assert "Ban Thường vụ Tỉnh ủy Bắc Ninh" in [a.name for a in found.agencies]
    from graph.resolve import document_locality
    assert document_locality(found) == "Bắc Ninh"  # so the Tỉnh ủy's plan is keyed by this province


def test_a_provincial_newspaper_read_from_its_address_names_the_province(tmp_path: Path) -> None:
    from loaders.readers import read_bytes
    page = _report_page(tmp_path / "r.html").read_bytes()
    assert read_bytes(page, "https://baolaocai.vn/pho-bien-nghi-dinh-123.html", "html"
                              ).metadata["locality"] == "Lào Cai"
    for national in ("https://baophapluat.vn/pho-bien-nghi-dinh.html", "https://chinhphu.vn/tin/123"):
        assert read_bytes(page, national, "html").metadata["locality"] is None
    assert loaders.read(_report_page(tmp_path / "hanoi.html")).metadata["locality"] is None  # a file's name is no site

def test_docx_paragraph_and_table(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "kh.docx", SENTENCE,
                      [("Số hiệu", "02-NQ/TU"), ("Cơ quan ban hành", "Sở Văn hóa, Thể thao và Du lịch")])
    src = loaders.read(path)
    assert SENTENCE in src.text
    assert "02-NQ/TU" in src.text and "Sở Văn hóa, Thể thao và Du lịch" in src.text
    assert src.text.index(SENTENCE) < src.text.index("02-NQ/TU")  # document order
    assert src.metadata["format"] == "docx"


def test_pdf_text_layer(tmp_path: Path) -> None:
    lines = ["Nghị quyết số 35-NQ/TW của Bộ Chính trị", "Sở Lao động, Thương binh và Xã hội tỉnh Quảng Trị"]
    src = loaders.read(write_pdf(tmp_path / "nq.pdf", lines))
    for line in lines:
        assert line in src.text
    assert src.metadata["format"] == "pdf" and src.metadata["locality"] == "Quảng Trị"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_encodings_made_by_an_encoder(tmp_path: Path, encoding: str) -> None:
    data = legacy_encode(SENTENCE, encoding)
    assert data != SENTENCE.encode("utf-8")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    src = loaders.read(path)
    assert src.text == unicodedata.normalize("NFC", SENTENCE)
    assert src.metadata["encoding"] == encoding
    assert 0.5 <= src.metadata["encoding_confidence"] <= 1


# Byte strings typed from the primer's examples, not produced by any encoder in this project.
KNOWN_TCVN3 = ("NghÞ quyÕt sè 35-NQ/TW cña Bé ChÝnh trÞ vÒ t¨ng c\u00adêng b¶o vÖ nÒn t¶ng t\u00ad "
               "t\u00adëng cña §¶ng").encode("latin-1")
KNOWN_VNI = ("Nghò quyeát soá 35-NQ/TW cuûa Boä Chính trò veà taêng cöôøng baûo veä neàn taûng tö "
             "töôûng cuûa Ñaûng").encode("latin-1")
EXPECTED = "Nghị quyết số 35-NQ/TW của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng"


@pytest.mark.parametrize("data,encoding", [(KNOWN_TCVN3, "tcvn3"), (KNOWN_VNI, "vni")])
def test_known_legacy_byte_sequences(tmp_path: Path, data: bytes, encoding: str) -> None:
    assert (b"Ngh\xde quy\xd5t" if encoding == "tcvn3" else b"Ngh\xf2 quye\xe1t") in data
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    src = loaders.read(path)
    assert src.text == EXPECTED
    assert src.metadata["encoding"] == encoding


def test_windows_1258(tmp_path: Path) -> None:
    # cp1258 holds most tone marks as combining characters: the reader gives NFC text.
    data = cp1258_encode(SENTENCE)
    assert b"\xd2" in data or b"\xf2" in data  # combining hook / dot below present
    path = tmp_path / "cp1258.txt"
    path.write_bytes(data)
    src = loaders.read(path)
    assert src.text == unicodedata.normalize("NFC", SENTENCE)
    assert src.metadata["encoding"] == "cp1258"


@pytest.mark.parametrize("bom,codec,name", [(codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
                                            (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16")])
def test_unicode_with_bom(tmp_path: Path, bom: bytes, codec: str, name: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + SENTENCE.encode(codec))
    src = loaders.read(path)
    assert src.text == SENTENCE and src.metadata["encoding"] == name


def test_utf8_text_is_not_renormalised() -> None:
    """Decomposed (NFD) UTF-8 keeps its length, so offsets into the file stay right."""
    nfd = unicodedata.normalize("NFD", SENTENCE)
    assert decode(nfd.encode("utf-8")).text == nfd


def test_iter_files_recurses_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    for rel in ("a.txt", "b/z.html", "b/c/d.pdf"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in loaders.iter_files([tmp_path])]
    assert found == ["a.txt", "b/c/d.pdf", "b/z.html"]


def test_docx_in_a_legacy_font_is_converted(tmp_path: Path) -> None:
    """Old Word files typed in .VnTime (TCVN3): viparse reads the font and converts the text."""
    import docx

    d = docx.Document()
    run = d.add_paragraph().add_run(legacy_encode(SENTENCE, "tcvn3").decode("latin-1"))
    run.font.name = ".VnTime"
    d.save(str(tmp_path / "cu.docx"))
    src = loaders.read(tmp_path / "cu.docx")
    assert src.text == SENTENCE
    assert src.metadata["encoding"] == "tcvn3" and src.metadata["encoding_confidence"] >= 0.9


def test_legacy_text_saved_as_utf8_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "copied.txt"
    path.write_text(legacy_encode(SENTENCE, "vni").decode("latin-1"), encoding="utf-8")
    src = loaders.read(path)
    assert src.text == SENTENCE and src.metadata["encoding"] == "utf-8+vni"


def test_html_reading_never_touches_the_network(seed_path: Path, tmp_path: Path) -> None:
    """A Python audit hook records every connection or name lookup the reader would make (in a child:
    hooks are for life)."""
    import subprocess
    import sys

    raw = seed_path.read_text(encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(seed_page(raw[: raw.index("343 Go top")], "Hội nghị"), encoding="utf-8")
    script = (
        "import sys\n"
        "seen = []\n"
        "net = ('socket.connect', 'socket.getaddrinfo', 'socket.gethostbyname', 'socket.sendto', 'urllib.Request')\n"
        "sys.addaudithook(lambda e, a: seen.append(e) if e in net else None)\n"
        "import loaders\n"
        f"src = loaders.read({str(page)!r})\n"
        "assert 'Đăng Khoa' in src.text\n"
        "print(sorted(set(seen)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
