"""Dump or compare what extraction gives for a set of documents, to keep a speed-up output-identical.

    python bench/extract_identity.py dump OUT.jsonl FOLDER… [--docs N]
    python bench/extract_identity.py compare OUT.jsonl FOLDER… [--docs N]

Each line is one file: the line `citegraph extract --jsonl` prints for it (`graph.pipeline.extract_json`:
read, extract, annotate) and every field of `loaders.extract`'s dataclasses before annotation (the text
and metadata left out). FOLDERs are walked for .txt/.html/.docx/.pdf files in sorted order; `--docs N`
adds the generated corpus of N documents (bench/corpus.py, seed 1). `compare` prints the first files that
differ (`--show N`, 0 for all of them; `--diff` adds each differing field's entries, "-" the reference's, "+" the
new ones), then how many files differ in each field, and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
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


def _fields(line: dict) -> dict[str, object]:
    """A line's fields, "contract.agencies", "raw.persons" …, each compared as a whole."""
    return {f"{part}.{key}": value for part in ("contract", "raw") for key, value in (line.get(part) or {}).items()}


def _entries(value: object) -> list[str]:
    """A field's value as lines: one per entry of a list, else the value."""
    items = value if isinstance(value, list) else [value]
    return [json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items]


def _differing(expected: dict, got: dict) -> dict[str, tuple[list[str], list[str]]]:
    """The fields that differ: for each, the entries only in `expected` and those only in `got`."""
    old, new = _fields(expected), _fields(got)
    out = {}
    for field in sorted(old.keys() | new.keys()):
        if old.get(field) != new.get(field):
            a, b = _entries(old.get(field)), _entries(new.get(field))
            out[field] = ([e for e in a if e not in b], [e for e in b if e not in a])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("dump", "compare"))
    ap.add_argument("out", help="the reference jsonl (written by dump, read by compare)")
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--docs", type=int, help="add the generated corpus of this many documents")
    ap.add_argument("--show", type=int, default=5, help="compare: print at most this many differing files (0: all)")
    ap.add_argument("--diff", action="store_true", help="compare: with each file printed, its differing entries")
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
    by_field: Counter[str] = Counter()
    for expected, got in zip(reference, _lines(paths), strict=True):
        if expected != got:
            differ += 1
            fields = _differing(json.loads(expected), json.loads(got))
            by_field.update(fields.keys())
            if args.show == 0 or differ <= args.show:
                print("differs:", json.loads(expected)["path"], " ".join(fields))
                for field, (gone, added) in fields.items() if args.diff else ():
                    print(f"  {field}")
                    print("".join(f"    - {e}\n" for e in gone) + "".join(f"    + {e}\n" for e in added), end="")
    print(f"{len(paths)} files compared, {differ} differ")
    if by_field:
        print("files differing per field:", ", ".join(f"{f} {n}" for f, n in by_field.most_common()))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
