"""`citegraph ingest` over a batch of good files and more than twenty kinds of bad file, on both stores:
every bad file has a clear error in the summary and in the JSON report, every good file is stored, and
the exit code is 2."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures_build import SENTENCE, write_docx
from test_bad_files import BAD

from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from graph.store import Store
from loaders.readers import MAX_UNZIPPED_BYTES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with(path: Path, member: str, xml: str | None) -> Path:
    """A good .docx with one member replaced (or removed, for None)."""
    good = zipfile.ZipFile(io.BytesIO(write_docx(io.BytesIO(), SENTENCE, [("a", "b")]).getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in good.infolist():
            if info.filename != member:
                z.writestr(info, good.read(info))
        if xml is not None:
            z.writestr(member, xml)
    return path


def _external_entity(d: Path) -> Path:
    return _docx_with(d / "xxe.docx", "word/document.xml",
                      f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                      f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')


def _no_document_xml(d: Path) -> Path:
    return _docx_with(d / "no-body.docx", "word/document.xml", None)


def _malformed_xml(d: Path) -> Path:
    return _docx_with(d / "malformed.docx", "word/document.xml", "<w:document><w:body><unclosed>")


def _zip_bomb(d: Path) -> Path:
    p = d / "zip-bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"/>')
        with z.open("word/media/zeros.bin", "w") as f:
            block = bytes(1 << 20)
            for _ in range(MAX_UNZIPPED_BYTES // len(block) + 1):
                f.write(block)
    return p


def _whitespace(d: Path) -> Path:
    (p := d / "blank.txt").write_text("  \n\t\n \u00a0 \n", encoding="utf-8")
    return p


def _html_without_text(d: Path) -> Path:
    (p := d / "script-only.html").write_text("<html><body><script>var a = 1;</script><style>p {}</style>"
                                             "<img src='https://example.invalid/x.png'></body></html>")
    return p


def _image_named_html(d: Path) -> Path:
    (p := d / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return p


def _pdf_header_only(d: Path) -> Path:
    (p := d / "header-only.pdf").write_bytes(b"%PDF-1.4\n" + b"garbage " * 100)
    return p


def _control_characters(d: Path) -> Path:
    (p := d / "terminal.txt").write_text("\x01\x02\x03\x1b[31m\x07" * 100, encoding="utf-8")
    return p


def _gzip_named_txt(d: Path) -> Path:
    (p := d / "archive.txt").write_bytes(gzip.compress(SENTENCE.encode() * 20))
    return p


def _executable_named_txt(d: Path) -> Path:
    (p := d / "program.txt").write_bytes(Path(sys.executable).resolve().read_bytes()[:100_000])
    return p


def _jpeg_named_md(d: Path) -> Path:
    (p := d / "scan.md").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 12)
    return p


MORE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "docx with external entity": (_external_entity, "unsafe XML"),
    "docx without document.xml": (_no_document_xml, "no word/document.xml"),
    "docx with malformed xml": (_malformed_xml, "corrupt .docx"),
    "docx zip bomb": (_zip_bomb, "zip bomb"),
    "only whitespace": (_whitespace, "no text"),
    "html without text": (_html_without_text, "no text"),
    "image named .html": (_image_named_html, "binary"),
    "pdf header only": (_pdf_header_only, "PDF"),
    "control characters": (_control_characters, "binary"),
    "gzip named .txt": (_gzip_named_txt, "binary"),
    "executable named .txt": (_executable_named_txt, "binary"),
    "jpeg named .md": (_jpeg_named_md, "binary"),
}
KINDS = BAD | MORE
GOOD_TEXT = f"Căn cứ Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị. {SENTENCE}"


def _batch(folder: Path) -> tuple[list[Path], dict[Path, str]]:
    """Three good files (txt, docx, html) and one file of every bad kind, each in its own folder."""
    folder.mkdir()
    good = [folder / "good.txt", folder / "good.docx", folder / "good.html"]
    good[0].write_text(GOOD_TEXT, encoding="utf-8")
    write_docx(good[1], GOOD_TEXT.replace("35-NQ/TW", "36-NQ/TW"), [("a", "b")])
    good[2].write_text(f"<html><head><title>Tin</title></head><body><p>{GOOD_TEXT.replace('35-', '37-')}</p>"
                       "</body></html>", encoding="utf-8")
    bad: dict[Path, str] = {}
    for i, (make, reason) in enumerate(KINDS.values()):
        (sub := folder / f"k{i:02d}").mkdir()
        bad[make(sub)] = reason
    return good, bad


def _run(args: list[str], report: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    return subprocess.run([sys.executable, "-m", "graph.cli", "ingest", "--quiet", "--report", str(report), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def _open(kind: str, where: str) -> Store:
    """The store the CLI wrote, read-only for the embedded one."""
    if kind == "embedded":
        return EmbeddedStore(where, read_only=True)
    return Neo4jStore(where, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))


def test_more_than_twenty_kinds() -> None:
    assert len(KINDS) >= 20


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
def test_ingest_reports_every_bad_file_and_stores_every_good_one(kind: str, tmp_path: Path,
                                                                request: pytest.FixtureRequest) -> None:
    good, bad = _batch(tmp_path / "in")
    if kind == "neo4j":
        uri = request.getfixturevalue("neo4j_uri")
        with Neo4jStore(uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")) as s:
            s.clear()
        where = ["--neo4j", uri]
    else:
        where = ["--db", str(tmp_path / "db")]
    report = tmp_path / "report.json"
    proc = _run([*where, *map(str, good), *map(str, bad)], report)
    assert proc.returncode == 2, proc.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    files = {f["path"]: f for f in data["files"]}
    assert data["files_failed"] == len(bad) and data["files_read"] == len(good)
    for path in good:
        assert files[str(path)]["status"] == "stored" and files[str(path)]["key"], files[str(path)]
    for path, reason in bad.items():
        entry = files[str(path)]
        assert entry["status"] == "failed" and reason in entry["error"], (path, entry)
        assert f"failed: {path}: " in proc.stderr  # the summary names each file and its reason
    with _open(kind, where[1]) as store:
        keys = [files[str(p)]["key"] for p in good]
        assert [d["key"] for d in store.documents(keys)] == keys
        cited = store.query("MATCH (a:Document)-[:CITES]->(b:Document) RETURN DISTINCT b.symbol AS s ORDER BY s")
        assert [r["s"] for r in cited] == ["35-NQ/TW", "36-NQ/TW", "37-NQ/TW"]


def test_report_with_an_undecodable_file_name(tmp_path: Path) -> None:
    """A good file whose name is not valid UTF-8 is stored, and the report is still written."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"tin-\xff\xfe.txt")
    (folder / name).write_text(GOOD_TEXT, encoding="utf-8")
    report = tmp_path / "report.json"
    proc = _run(["--db", str(tmp_path / "db"), str(folder)], report)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["files_read"] == 1 and data["files_failed"] == 0
    (entry,) = data["files"]
    assert entry["status"] == "stored" and Path(entry["path"]).name == name  # the report names the real file
    with EmbeddedStore(str(tmp_path / "db"), read_only=True) as store:
        (doc,) = store.documents([entry["key"]])  # keyed by its text; its path is kept as valid text
    assert "\ufffd" in doc["paths"][0] and doc["paths"][0].endswith(".txt")
