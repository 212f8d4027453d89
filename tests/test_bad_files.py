"""Bad files give a clear error naming the file and the reason; the rest of the batch is still read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures_build import SENTENCE, write_docx, write_entity_bomb_docx, write_pdf

import loaders
from loaders.readers import MAX_BYTES


def _empty(d: Path) -> Path:
    (p := d / "empty.txt").write_bytes(b"")
    return p


def _binary(d: Path) -> Path:
    (p := d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    return p


def _truncated_docx(d: Path) -> Path:
    full = write_docx(d / "full.docx", SENTENCE, [("a", "b")]).read_bytes()
    (d / "full.docx").unlink()
    (p := d / "truncated.docx").write_bytes(full[: len(full) // 2])
    return p


def _truncated_pdf(d: Path) -> Path:
    full = write_pdf(d / "full.pdf", [SENTENCE[:60]]).read_bytes()
    (d / "full.pdf").unlink()
    (p := d / "truncated.pdf").write_bytes(full[: len(full) // 3])
    return p


def _wrong_extension(d: Path) -> Path:
    data = write_pdf(d / "real.pdf", [SENTENCE[:60]]).read_bytes()
    (d / "real.pdf").unlink()
    (p := d / "report.docx").write_bytes(data)
    return p


def _invalid_utf8(d: Path) -> Path:
    data = SENTENCE.encode("utf-8")
    (p := d / "broken-utf8.txt").write_bytes(data[:40] + b"\xff\xfe\xc3" + data[40:])
    return p


def _too_large(d: Path) -> Path:
    p = d / "huge.txt"
    with p.open("wb") as f:  # 50 MB, sparse: refused by size before it is read
        f.truncate(50 * 1024 * 1024)
    return p


def _entity_bomb(d: Path) -> Path:
    return write_entity_bomb_docx(d / "bomb.docx")


def _encrypted_pdf(d: Path) -> Path:
    return write_pdf(d / "secret.pdf", [SENTENCE[:60]], encrypt="mật khẩu")


def _scanned_pdf(d: Path) -> Path:
    return write_pdf(d / "scan.pdf", None)


def _directory_named_txt(d: Path) -> Path:
    (p := d / "folder.txt").mkdir()
    return p


def _dangling_symlink(d: Path) -> Path:
    p = d / "gone.txt"
    os.symlink(d / "does-not-exist.txt", p)
    return p


def _named_pipe(d: Path) -> Path:
    os.mkfifo(p := d / "pipe.txt")
    return p


def _unsupported(d: Path) -> Path:
    (p := d / "slides.pptx.bak").write_bytes(b"PK\x03\x04 not ours")
    return p


def _not_a_docx(d: Path) -> Path:
    (p := d / "letter.docx").write_text(SENTENCE, encoding="utf-8")
    return p


BAD: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty": (_empty, "empty"),
    "binary": (_binary, "binary"),
    "truncated docx": (_truncated_docx, "truncated or corrupt .docx"),
    "truncated pdf": (_truncated_pdf, "PDF"),
    "wrong extension": (_wrong_extension, "not a .docx"),
    "invalid utf-8": (_invalid_utf8, "invalid UTF-8"),
    "too large": (_too_large, "too large"),
    "xml entity bomb": (_entity_bomb, "unsafe XML"),
    "encrypted pdf": (_encrypted_pdf, "encrypted PDF"),
    "pdf without text": (_scanned_pdf, "no text layer (scanned?)"),
    "directory named .txt": (_directory_named_txt, "directory"),
    "dangling symlink": (_dangling_symlink, "cannot read"),
    "named pipe": (_named_pipe, "not a regular file"),
    "unsupported type": (_unsupported, "unsupported file type"),
    "text named .docx": (_not_a_docx, "not a .docx"),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_file_names_file_and_reason(tmp_path: Path, kind: str) -> None:
    make, reason = BAD[kind]
    path = make(tmp_path)
    with pytest.raises(loaders.ReadError) as err:
        loaders.read(path)
    message = str(err.value)
    assert str(path) in message and reason in message, message
    assert err.value.path == str(path)


def test_size_limit_is_below_fifty_megabytes() -> None:
    assert MAX_BYTES < 50 * 1024 * 1024


def test_html_nested_ten_thousand_deep_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + f"<p>{SENTENCE}</p>" + "</div>" * 10_000
                    + "</body></html>", encoding="utf-8")
    assert SENTENCE in loaders.read(path).text


def _batch(tmp_path: Path) -> tuple[list[Path], set[str]]:
    folder = tmp_path / "batch"
    folder.mkdir()
    good = folder / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    bad = [make(folder) for make, _ in BAD.values()]
    return [good, *bad], {str(good)}


def test_batch_reads_good_files_past_bad_ones(tmp_path: Path) -> None:
    paths, good = _batch(tmp_path)
    listed = {str(p) for p in loaders.iter_files([tmp_path / "batch"])}
    assert {str(p) for p in paths} <= listed | {str(p) for p in paths if p.name == "slides.pptx.bak"}
    read, failed = [], []
    for p in loaders.iter_files([tmp_path / "batch"]):
        try:
            read.append(str(loaders.read(p).path))
        except loaders.ReadError as e:
            failed.append(e.path)
    assert read == sorted(good)
    assert len(failed) == len(listed) - 1


def test_cli_prints_every_result_and_exits_2(tmp_path: Path) -> None:
    paths, good = _batch(tmp_path)
    args = [str(p) for p in paths]
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "extract", "--jsonl", *args],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [r["source"] for r in rows] == args
    for r in rows:
        if r["source"] in good:
            assert r["errors"] == [] and r["agencies"]
        else:
            assert r["errors"] and r["source"] in r["errors"][0]
            assert r["references"] == r["agencies"] == r["persons"] == r["events"] == []


def test_cli_reads_a_folder_recursively(tmp_path: Path) -> None:
    paths, good = _batch(tmp_path)
    (tmp_path / "batch" / "sub").mkdir()
    nested = tmp_path / "batch" / "sub" / "more.txt"
    nested.write_text(SENTENCE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "extract", "--jsonl", str(tmp_path / "batch")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    rows = {json.loads(line)["source"]: json.loads(line) for line in proc.stdout.splitlines() if line.strip()}
    assert rows[str(nested)]["errors"] == [] and rows[str(nested)]["agencies"]
    assert not rows[str(tmp_path / "batch" / "folder.txt")]["errors"] == []
    assert len([r for r in rows.values() if r["errors"]]) == len(BAD)
