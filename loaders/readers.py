"""`read(path) → Source`: .txt (UTF-8/16, Windows-1258, TCVN3, VNI), .html/.htm, .docx, .pdf.

Every failure is a `ReadError` whose message names the file and the reason. Offsets into a .txt file's
text stay valid: UTF-8 text is kept as decoded and only the page chrome after the article is cut.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from loaders.boilerplate import strip_tail
from loaders.encodings import NotText, decode
from loaders.model import Source

MAX_BYTES = 20 * 1024 * 1024  # larger inputs are refused before reading (untrusted input)
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a .docx that inflates past this is a zip bomb
FORMATS = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
           ".docx": "docx", ".pdf": "pdf"}


class ReadError(Exception):
    """A file could not be read; str() names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def _sniff(data: bytes) -> str | None:
    """The format the bytes are, whatever the file's name says."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    return None


def _check_format(path: Path, fmt: str | None, data: bytes) -> str:
    sniffed = _sniff(data)
    actual = {"pdf": "a PDF", "zip": "a ZIP/Office package", "html": "an HTML page"}.get(sniffed or "", "text")
    if fmt is None:
        raise ReadError(path, f"unsupported file type {path.suffix or '(no extension)'!r}"
                              " (expected .txt, .html, .htm, .docx or .pdf)")
    if fmt == "pdf" and sniffed != "pdf":
        raise ReadError(path, f"not a PDF (wrong extension? the file is {actual})")
    if fmt == "docx" and sniffed != "zip":
        raise ReadError(path, f"not a .docx (wrong extension? the file is {actual})")
    if fmt in ("txt", "html") and sniffed in ("pdf", "zip"):
        kind = "a PDF" if sniffed == "pdf" else "a ZIP/Office package"
        raise ReadError(path, f"wrong extension: the file is {kind}, not {fmt}")
    return fmt


def read(path: str | Path) -> Source:
    """Read one file into text and metadata (title, date, url, locality, content_hash, format, encoding …)."""
    p = Path(path)
    try:
        st = p.stat()  # one stat call answers is_dir, is_file and the size
        if stat.S_ISDIR(st.st_mode):
            raise ReadError(path, "is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(path, "not a regular file (a device, socket or pipe)")
        size = st.st_size
        if size > MAX_BYTES:
            raise ReadError(path, f"too large ({size} bytes; the limit is {MAX_BYTES} bytes)")
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(path, f"cannot read ({e.strerror or e})") from e
    return read_bytes(data, path)


def read_bytes(data: bytes, path: str | Path, fmt: str | None = None) -> Source:
    """Bytes already in hand (a download) read as `read` reads a file named `path`; `fmt` ("html", "txt",
    "pdf") stands for the extension a URL does not have."""
    p = Path(path)
    if not data.strip():
        raise ReadError(path, "empty file")
    fmt = _check_format(p, fmt or FORMATS.get(p.suffix.lower()), data)
    metadata: dict[str, Any] = {"format": fmt, "content_hash": hashlib.sha256(data).hexdigest(),
                                "size": len(data)}
    if fmt == "pdf":
        text = _pdf(p, data, metadata)
    elif fmt == "docx":
        text = _docx(p, data, metadata)
    else:
        try:
            decoded = decode(data)
        except NotText as e:
            raise ReadError(path, str(e)) from e
        metadata["encoding"] = decoded.encoding
        metadata["encoding_confidence"] = decoded.confidence
        text = decoded.text
        if fmt == "html" or (fmt == "txt" and _sniff(data) == "html"):
            text = _html(path, text, metadata)
        else:
            text = strip_tail(text)
    if not text.strip():
        raise ReadError(path, "no text in the file")
    _finish_metadata(text, metadata, str(path))
    return Source(text=text, path=str(path), metadata=metadata)


def _html(path: str | Path, markup: str, metadata: dict[str, Any]) -> str:
    from loaders.html import html_to_text

    try:
        text, meta = html_to_text(markup)
    except Exception as e:  # noqa: BLE001 - lxml/trafilatura on hostile markup
        raise ReadError(path, f"unreadable HTML ({type(e).__name__}: {e})") from e
    metadata["format"] = "html"
    metadata.update(meta)
    return text


def _docx(path: Path, data: bytes, metadata: dict[str, Any]) -> str:
    """Paragraphs and tables in document order; legacy fonts (.VnTime, VNI-Times) converted by viparse."""
    import viparse
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
                raise ReadError(path, "the .docx inflates past the size limit (zip bomb?)")
            if "word/document.xml" not in z.namelist():
                raise ReadError(path, "not a Word document (no word/document.xml)")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    fromstring(z.read(info))  # refuses DTDs, entity declarations, external references
    except ReadError:
        raise
    except DefusedXmlException as e:
        raise ReadError(path, f"unsafe XML inside the .docx ({type(e).__name__}: entity or DTD)") from e
    except zipfile.BadZipFile as e:
        raise ReadError(path, f"truncated or corrupt .docx ({e})") from e
    except (zipfile.LargeZipFile, EOFError, OSError, ValueError, SyntaxError) as e:
        raise ReadError(path, f"truncated or corrupt .docx ({e})") from e
    try:
        if path.is_file():
            docs = viparse.load(str(path), max_bytes=MAX_BYTES)
        else:  # bytes from the web: viparse reads files only
            with tempfile.TemporaryDirectory(prefix="citegraph-docx-") as tmp:
                (copy := Path(tmp) / "document.docx").write_bytes(data)
                docs = viparse.load(str(copy), max_bytes=MAX_BYTES)
    except Exception as e:  # viparse wraps python-docx/lxml failures in several types
        raise ReadError(path, f"unreadable .docx ({e})") from e
    doc = docs[0]
    metadata["encoding"] = doc.metadata.encoding_detected or "unicode"
    metadata["encoding_confidence"] = doc.metadata.encoding_confidence
    try:
        import docx

        props = docx.Document(io.BytesIO(data)).core_properties
        if props.title:
            metadata["title"] = props.title
        if props.modified or props.created:  # when the file was saved, not the document's date
            metadata["file_date"] = (props.modified or props.created).date().isoformat()
    except Exception:  # noqa: BLE001 - core properties are optional extras
        pass
    return doc.text


def _pdf(path: Path, data: bytes, metadata: dict[str, Any]) -> str:
    """The PDF's text layer (pypdf), legacy encodings fixed by viparse; no text layer is an error."""
    import logging

    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings repeat what the ReadError says

    from loaders.encodings import _fix_legacy

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as e:  # noqa: BLE001 - unsupported crypto
                raise ReadError(path, f"encrypted PDF ({e})") from e
            if not ok:
                raise ReadError(path, "encrypted PDF (password required)")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as e:
        raise ReadError(path, f"truncated or corrupt PDF ({type(e).__name__}: {e})") from e
    except Exception as e:  # noqa: BLE001 - pypdf on hostile input raises many kinds (zlib, struct …)
        raise ReadError(path, f"unreadable PDF ({type(e).__name__}: {e})") from e
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise ReadError(path, "no text layer (scanned?)")
    fixed, legacy, confidence = _fix_legacy(text)
    metadata["encoding"] = legacy or "unicode"
    metadata["encoding_confidence"] = confidence
    text = unicodedata.normalize("NFC", fixed)
    if info:
        if info.title and str(info.title).strip().lower() not in ("untitled", "anonymous"):
            metadata["title"] = str(info.title)
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(info.get("/CreationDate") or ""))
        if m:  # when the file was made, not the document's date
            metadata["file_date"] = "-".join(m.groups())
    metadata["pages"] = len(pages)
    return text


def _finish_metadata(text: str, metadata: dict[str, Any], path: str) -> None:
    """Normalise date and title; locality from the publisher, then from the page's web address (its canonical
    URL, else the address it was read from), then from the text."""
    from loaders.gazetteer import canonical_province, find_provinces, main_province, province_of_site

    date = str(metadata.get("date") or "")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", date)
    metadata["date"] = "-".join(m.groups()) if m else None
    title = metadata.get("title")
    publisher = metadata.get("publisher")
    if title and publisher:
        for sep in (" - ", " | ", " – ", " :: "):
            if title.endswith(sep + publisher):
                title = title[: -len(sep + publisher)]
    metadata["title"] = title.strip() if title else None
    locality = None
    if publisher:
        found = find_provinces(publisher)
        locality = found[0][2] if found else canonical_province(publisher)
    locality = locality or province_of_site(metadata.get("url") or path)
    metadata["locality"] = locality or main_province(unicodedata.normalize("NFC", text))
    metadata.setdefault("url", None)


def walk(folder: Path) -> Iterator[Path]:
    """Entries under a folder, recursively, in the order of `sorted(folder.rglob("*"))`, streamed: a folder of a
    million files is never listed at once."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        yield path
        if entry.is_dir(follow_symlinks=False):
            yield from walk(path)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named and files under folders named, recursively, in a stable order, streamed.

    A folder's entries that are not plain files (a folder named x.txt, a dangling symlink, a pipe) are
    listed too when they carry a known extension, so that reading them reports the problem.
    """
    for path in paths:
        p = Path(path)
        if p.is_dir():
            yield from (f for f in walk(p) if f.is_file() or f.suffix.lower() in FORMATS)
        else:
            yield p


def input_paths(args: Iterable[str]) -> list[str]:
    """Command-line inputs → files to read: a folder gives its files (recursively), anything else (a file,
    a missing path, a folder named like a file such as x.txt) stays as given so that reading reports it."""
    out: list[str] = []
    for arg in args:
        p = Path(arg)
        if p.is_dir() and p.suffix.lower() not in FORMATS:
            out.extend(str(f) for f in iter_files([p]))
        else:
            out.append(arg)
    return out
