"""`read(path) → Source` (plain UTF-8 text until the loaders issue lands)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from loaders.model import Source


class ReadError(Exception):
    """A file could not be read; str() names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def read(path: str | Path) -> Source:
    """Read one file into clean text and metadata."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(path, e.strerror or str(e)) from e
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(path, f"not valid UTF-8 ({e.reason} at byte {e.start})") from e
    return Source(text=text, path=str(path),
                  metadata={"format": "txt", "content_hash": hashlib.sha256(data).hexdigest()})


def iter_files(paths: list[str | Path]) -> list[Path]:
    """Files named and files under folders named, recursively, in a stable order."""
    out: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        else:
            out.append(p)
    return out
