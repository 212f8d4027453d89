"""Builders for the files the reader tests use: every fixture is made here, at test time."""

from __future__ import annotations

import html
import io
import unicodedata
import zipfile
from pathlib import Path

from viparse.normalize.encodings import get_charmap

SENTENCE = ("Chiều ngày 22/9/2023, Ban Tuyên giáo Tỉnh ủy phối hợp Sở Tài nguyên và Môi trường tổ chức "
            "hội nghị triển khai thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị về tăng cường bảo vệ "
            "nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.")


def legacy_encode(text: str, encoding: str) -> bytes:
    """Unicode → TCVN3 or VNI bytes, from viparse's table read the other way (longest glyph first).

    Raises ValueError for a character the legacy encoding cannot hold, so a test cannot pass by accident.
    """
    table = {uni: legacy for legacy, uni in get_charmap(encoding).pairs}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError(f"{ch!r} has no {encoding} form")
    return "".join(out).encode("latin-1")


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_encode(text: str) -> bytes:
    """Windows-1258 bytes the way Vietnamese Windows writes them: a letter as precomposed as the code page
    allows (â, ơ, ư, à …), any other tone mark as a combining byte after it."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m not in TONE_MARKS))
        out += base.encode("cp1258") + "".join(m for m in parts[1:] if m in TONE_MARKS).encode("cp1258")
    return bytes(out)


def seed_page(article: str, title: str) -> str:
    """A provincial portal page around an article: menus, a poll, a visitor counter, Go top."""
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in article.split("\n") if line.strip())
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} - Ban Tuyên giáo Tỉnh ủy Quảng Trị</title>
<link rel="canonical" href="https://example.invalid/tin-co-so/hoi-nghi-giao-ban">
<meta property="og:site_name" content="Ban Tuyên giáo Tỉnh ủy Quảng Trị">
<meta property="article:published_time" content="2023-09-23T08:00:00+07:00">
<script src="https://example.invalid/tracker.js"></script>
</head><body>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div id="main"><article class="detail"><h1>{html.escape(title)}</h1>
{paras}</article>
<div class="gotop"><span>343</span> <a href="#top">Go top</a></div></div>
<aside>
<div class="poll"><h3>Thăm dò ý kiến</h3><p>Hiện tại không có bình chọn nào đang hoạt động.</p></div>
<div class="counter"><h3>Thống kê truy cập</h3><ul><li>Người trực tuyến<ul><li>Khách 1688</li>
<li>Thành viên 0</li><li>Tổng 1688</li></ul></li><li>Tổng lượt truy cập: 80265159</li></ul></div>
</aside>
<footer>Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Quảng Trị. <img src="https://example.invalid/logo.png"></footer>
</body></html>"""


def write_docx(path: Path | io.BytesIO, paragraph: str, rows: list[tuple[str, str]]) -> Path | io.BytesIO:
    """A .docx with one paragraph and a two-column table, written by python-docx."""
    import docx

    d = docx.Document()
    d.add_paragraph(paragraph)
    table = d.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        table.cell(i, 0).text = a
        table.cell(i, 1).text = b
    d.save(path if isinstance(path, io.BytesIO) else str(path))
    return path


def unicode_font() -> tuple[str, str]:
    """(name, path) of a TrueType font with Vietnamese glyphs: the one fontpkg-noto-sans ships (a dev
    dependency), else DejaVu Sans from the system."""
    try:
        import fontpkg_noto_sans

        files = sorted((Path(fontpkg_noto_sans.__file__).parent / "files").glob("NotoSans[[]*.ttf"))
        if files:
            return "NotoSans", str(files[0])
    except ImportError:
        pass
    for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"):
        if Path(p).exists():
            return "DejaVuSans", p
    raise RuntimeError("no font with Vietnamese glyphs: pip install fontpkg-noto-sans")


def write_pdf(path: Path, lines: list[str] | None, encrypt: str | None = None) -> Path:
    """A PDF written by reportlab: the lines as a text layer, or only a drawing when `lines` is None."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    name, font = unicode_font()
    pdfmetrics.registerFont(TTFont(name, font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    if lines is None:
        c.rect(100, 100, 300, 400, fill=1)  # a "scan": marks on the page, no text
    else:
        c.setFont(name, 11)
        for i, line in enumerate(lines):
            c.drawString(40, 800 - 16 * i, line)
    c.save()
    data = buf.getvalue()
    if encrypt:
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        writer = pypdf.PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        writer.encrypt(user_password=encrypt, owner_password=encrypt, algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path.write_bytes(data)
    return path


def write_entity_bomb_docx(path: Path) -> Path:
    """A .docx whose document.xml declares nested entities (the "billion laughs")."""
    good = io.BytesIO()
    write_docx(good, "x", [("a", "b")])
    src = zipfile.ZipFile(io.BytesIO(good.getvalue()))
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    bomb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [' + "".join(lol) + "]>"
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            "<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(path, "w") as z:
        for item in src.infolist():
            data = bomb.encode() if item.filename == "word/document.xml" else src.read(item.filename)
            z.writestr(item.filename, data)
    return path

