"""Web-page chrome (Go top, polls, visitor counters, menus) as data: loaders/data/boilerplate.tsv."""

from __future__ import annotations

import csv
from functools import cache, lru_cache
from pathlib import Path

import regex

from loaders.text import LINE_CACHE

DATA = Path(__file__).resolve().parent / "data" / "boilerplate.tsv"
# A line this long is article prose, never chrome: a tail cut never removes one.
PROSE_LINE = 200


@cache
def _patterns() -> dict[str, list[regex.Pattern[str]]]:
    out: dict[str, list[regex.Pattern[str]]] = {"tail": [], "any": []}
    with DATA.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            out[row["where"]].append(regex.compile(rf"(?:{row['pattern']})", regex.I | regex.V1))
    return out


@cache
def _combined(where: str) -> regex.Pattern[str]:
    """One pattern for all the lines of one kind ("tail", "any" or "both"): a line is chrome when any fits."""
    rows = _patterns()["tail"] + _patterns()["any"] if where == "both" else _patterns()[where]
    return regex.compile("|".join(p.pattern for p in rows), regex.I | regex.V1)


def _is(line: str, where: str) -> bool:
    s = " ".join(line.split())
    return bool(s) and _combined(where).fullmatch(s) is not None


@lru_cache(maxsize=LINE_CACHE)  # pure; a site's chrome and letterhead lines recur from page to page
def is_chrome(line: str) -> bool:
    """Whether a line is page chrome of either kind."""
    return _is(line, "both")


def tail_start(text: str) -> int | None:
    """Offset where the page's trailing chrome begins (a tail line with no prose after it), or None."""
    pos = 0
    lines = text.splitlines(keepends=True)
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line)
    for i, line in enumerate(lines):
        if _is(line, "tail") and all(len(rest.strip()) < PROSE_LINE for rest in lines[i + 1:]):
            return starts[i]
    return None


def strip_tail(text: str) -> str:
    """`text` without its trailing chrome; everything before the cut is kept exactly."""
    cut = tail_start(text)
    return text if cut is None else text[:cut].rstrip()


def drop_chrome_lines(text: str) -> str:
    """Text extracted from HTML: the trailing chrome cut and stray chrome lines removed."""
    text = strip_tail(text)
    return "\n".join(line for line in text.split("\n") if not is_chrome(line))
