"""Dump or compare what extraction gives for a set of documents, to keep a speed-up output-identical.

    python bench/extract_identity.py dump OUT.jsonl FOLDER… [--docs N]
    python bench/extract_identity.py compare OUT.jsonl FOLDER… [--docs N]

Each line is one file: the line `citegraph extract --jsonl` prints for it (`graph.pipeline.extract_json`:
read, extract, annotate) and every field of `loaders.extract`'s dataclasses before annotation (the text
and metadata left out). FOLDERs are walked for .txt/.html/.docx/.pdf files in sorted order; `--docs N`
adds the generated corpus of N documents (bench/corpus.py, seed 1). `compare` prints the first files that
differ and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from common import corpus, manifest

import loaders
from graph.pipeline import extract_json

SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf"}


def _paths(folders: list[str], docs: int | None) -> list[str]:
    """The files of `folders` (sorted), then the generated corpus of `docs` documents in manifest order."""
    out = [str(p) for f in folders for p in sorted(Path(f).rglob("*")) if p.suffix.lower() in SUFFIXES]
    if docs:
        folder = corpus(docs)
        out += [str(folder / row["path"]) for row in manifest(folder)]
    return out


def _line(path: str) -> str:
    """One file's contract line and its raw extraction, as one JSON line."""
    contract, _ = extract_json(path)
    raw = dataclasses.asdict(loaders.extract(loaders.read(path)))
    raw.pop("text")
    raw.pop("metadata")
    return json.dumps({"path": path, "contract": json.loads(contract), "raw": raw}, ensure_ascii=False)


def _lines(paths: list[str]) -> Iterator[str]:
    for path in paths:
        yield _line(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("dump", "compare"))
    ap.add_argument("out", help="the reference jsonl (written by dump, read by compare)")
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--docs", type=int, help="add the generated corpus of this many documents")
    args = ap.parse_args()
    paths = _paths(args.folders, args.docs)
    if args.mode == "dump":
        with open(args.out, "w", encoding="utf-8") as f:
            for line in _lines(paths):
                f.write(line + "\n")
        print(f"{len(paths)} files written to {args.out}")
        return
    with open(args.out, encoding="utf-8") as f:
        reference = [line.rstrip("\n") for line in f]
    if len(reference) != len(paths):
        sys.exit(f"{args.out} has {len(reference)} files, the folders {len(paths)}")
    differ = 0
    for expected, got in zip(reference, _lines(paths), strict=True):
        if expected != got:
            differ += 1
            if differ <= 5:
                print("differs:", json.loads(expected)["path"])
    print(f"{len(paths)} files compared, {differ} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
