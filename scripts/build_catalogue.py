#!/usr/bin/env python3
"""Validate the shared list of central Party documents and write graph/data/central_documents.tsv.

Usage: python scripts/build_catalogue.py [SOURCE.tsv] [-o OUT.tsv]

Checks every row (9 columns, ISO dates sorted, term matching the date, allowed issuers and types,
symbol matching number and type, Đ as U+0110, NFC, plenum only for the Central Committee, titles,
http(s) source URLs, unique (symbol, date)) and refuses to write when one fails.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.catalogue import DATA, ISSUERS, TYPE_CODES, term_of  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "central-documents.tsv"
COLUMNS = ["symbol", "doc_type", "number", "date", "issuer", "term", "plenum", "title", "source_url"]


def row_problems(row: dict[str, str]) -> list[str]:
    """What is wrong with one row (empty when it is fine)."""
    problems = []
    for name, value in row.items():
        if value != unicodedata.normalize("NFC", value):
            problems.append(f"{name} is not NFC")
        if "\u00d0" in value:
            problems.append(f"{name} has Ð (U+00D0) for Đ")
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


def build(source: Path, out: Path) -> int:
    """Validate `source` and write it to `out`; the number of problems found (0 = written)."""
    with source.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != COLUMNS:
            print(f"{source}: header {reader.fieldnames} is not {COLUMNS}", file=sys.stderr)
            return 1
        rows = list(reader)
    problems = 0
    seen: set[tuple[str, str]] = set()
    previous = ""
    for line, row in enumerate(rows, start=2):
        found = row_problems(row) if None not in row and None not in row.values() else ["not 9 columns"]
        if row["date"] < previous:
            found.append("rows not sorted by date")
        if (row["symbol"], row["date"]) in seen:
            found.append("duplicate (symbol, date)")
        seen.add((row["symbol"], row["date"]))
        previous = row["date"]
        for problem in found:
            print(f"{source}:{line}: {row.get('symbol')}: {problem}", file=sys.stderr)
        problems += len(found)
    if problems:
        print(f"{problems} problems; nothing written", file=sys.stderr)
        return problems
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(COLUMNS)] + ["\t".join(row[c] for c in COLUMNS) for row in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows checked and written to {out}", file=sys.stderr)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("-o", "--output", type=Path, default=DATA)
    args = ap.parse_args()
    return 1 if build(args.source, args.output) else 0


if __name__ == "__main__":
    sys.exit(main())
