#!/usr/bin/env python3
"""Validate the project's catalogue of central Party documents, merging in new rows.

Usage: python scripts/build_catalogue.py [NEW.tsv ...] [--catalogue PATH] [--check]

The catalogue is loaders/data/central-documents.tsv (read by loaders.grammar and graph.catalogue).
Rows of each NEW.tsv (same 9 columns) are added; a new row with the (symbol, date) of a row already
there replaces it. Every row is then checked (9 columns, ISO dates, term matching the date, allowed
issuers and types, symbol matching number and type, Đ as U+0110, NFC, plenum only for the Central
Committee, titles, http(s) source URLs, unique (symbol, date)) and the file is written back sorted by
date, only when nothing failed. With --check nothing is written: the exit code says whether the
catalogue (with the new rows) passes and is already in its written form.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.catalogue import DATA, ISSUERS, TYPE_CODES, term_of  # noqa: E402

COLUMNS = ["symbol", "doc_type", "number", "date", "issuer", "term", "plenum", "title", "source_url"]
Row = dict[str, str]


def row_problems(row: Row) -> list[str]:
    """What is wrong with one row (empty when it is fine)."""
    if None in row or None in row.values():
        return ["not 9 columns"]
    problems = []
    for name, value in row.items():
        if value != unicodedata.normalize("NFC", value):
            problems.append(f"{name} is not NFC")
        if "\u00d0" in value:
            problems.append(f"{name} has Ð (U+00D0) for Đ")
        if value != value.strip() or value.startswith('"'):
            problems.append(f"{name} has outer spaces or quotes")
    try:
        issued = date.fromisoformat(row["date"])
    except ValueError:
        return problems + [f"bad date {row['date']!r}"]
    if term_of(issued.isoformat()) != row["term"]:
        problems.append(f"term {row['term']} does not match {row['date']}")
    if row["issuer"] not in ISSUERS:
        problems.append(f"unknown issuer {row['issuer']!r}")
    codes = TYPE_CODES.get(row["doc_type"])
    m = re.fullmatch(r"(\d+)-([^/]+)/TW", row["symbol"])
    if codes is None:
        problems.append(f"unknown doc_type {row['doc_type']!r}")
    elif not m or m.group(1) != row["number"] or m.group(2) not in codes:
        problems.append(f"symbol {row['symbol']!r} does not match number {row['number']} and {row['doc_type']}")
    if row["plenum"] and (not row["plenum"].isdigit() or row["issuer"] != "Ban Chấp hành Trung ương"):
        problems.append(f"plenum {row['plenum']!r} only for the Ban Chấp hành Trung ương")
    if not row["title"] or row["title"].lower().startswith("về "):
        problems.append("empty title or title starting with 'về'")
    if not re.match(r"https?://\S+$", row["source_url"]):
        problems.append(f"bad source_url {row['source_url']!r}")
    return problems


def read_rows(path: Path) -> list[Row] | str:
    """The rows of a catalogue-shaped TSV file, or why it cannot be read."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            if reader.fieldnames != COLUMNS:
                return f"header {reader.fieldnames} is not {COLUMNS}"
            return list(reader)
    except (OSError, UnicodeDecodeError) as e:
        return str(e)


def render(rows: list[Row]) -> str:
    """The catalogue file's text for `rows`, as written."""
    return "\n".join(["\t".join(COLUMNS)] + ["\t".join(row[c] for c in COLUMNS) for row in rows]) + "\n"


def merge(rows: list[Row], new: list[Row]) -> tuple[list[Row], int, int]:
    """`rows` with `new` added (a new row replaces one with its (symbol, date)), sorted by date;
    with the number of rows added and replaced."""
    by_key = {(r["symbol"], r["date"]): r for r in rows}
    added = replaced = 0
    for r in new:
        key = (r.get("symbol"), r.get("date"))
        if key in by_key:
            replaced += by_key[key] != r
        else:
            added += 1
        by_key[key] = r
    merged = list(by_key.values()) if new else rows
    return sorted(merged, key=lambda r: r.get("date") or ""), added, replaced


def problems_of(rows: list[Row], where: str) -> list[str]:
    """Every problem of the catalogue rows, each as `where:line: symbol: problem`."""
    found = []
    seen: Counter[tuple[str, str]] = Counter((r.get("symbol"), r.get("date")) for r in rows)
    previous = ""
    for line, row in enumerate(rows, start=2):
        problems = row_problems(row)
        if (row.get("date") or "") < previous:
            problems.append("rows not sorted by date")
        if seen[(row.get("symbol"), row.get("date"))] > 1:
            problems.append("duplicate (symbol, date)")
        previous = row.get("date") or ""
        found += [f"{where}:{line}: {row.get('symbol')}: {p}" for p in problems]
    return found


def same_term_twice(rows: list[Row]) -> list[str]:
    """(symbol, term) pairs listed twice: allowed (sources state both), but worth a look."""
    counts = Counter((r["symbol"], r["term"]) for r in rows)
    return [f"{symbol} twice in term {term}" for (symbol, term), n in sorted(counts.items()) if n > 1]


def build(catalogue: Path, new_files: list[Path], check: bool = False) -> int:
    """Merge `new_files` into `catalogue`, validate, and write it back; the number of problems (0 = fine)."""
    rows = read_rows(catalogue)
    if isinstance(rows, str):
        print(f"{catalogue}: {rows}", file=sys.stderr)
        return 1
    new: list[Row] = []
    for path in new_files:
        got = read_rows(path)
        if isinstance(got, str):
            print(f"{path}: {got}", file=sys.stderr)
            return 1
        for line, row in enumerate(got, start=2):
            for problem in row_problems(row):
                print(f"{path}:{line}: {row.get('symbol')}: {problem}", file=sys.stderr)
        new += got
    merged, added, replaced = merge(rows, new)
    problems = problems_of(merged if new else rows, str(catalogue))
    for problem in problems:
        print(problem, file=sys.stderr)
    for note in same_term_twice(merged):
        print(f"note: {note}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        return len(problems)
    text = render(merged)
    if check:
        if catalogue.read_text(encoding="utf-8") != text:
            print(f"{catalogue} is not in its written form (run without --check)", file=sys.stderr)
            return 1
        print(f"{len(merged)} rows checked ({added} new, {replaced} replaced); nothing written", file=sys.stderr)
        return 0
    catalogue.write_text(text, encoding="utf-8")
    print(f"{len(merged)} rows checked ({added} new, {replaced} replaced) and written to {catalogue}", file=sys.stderr)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("new", nargs="*", type=Path, help="TSV files of rows to add (the catalogue's 9 columns)")
    ap.add_argument("--catalogue", type=Path, default=DATA, help=f"the catalogue file (default {DATA})")
    ap.add_argument("--check", action="store_true", help="validate only; write nothing")
    args = ap.parse_args()
    return 1 if build(args.catalogue, args.new, args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
