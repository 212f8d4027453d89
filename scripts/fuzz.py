"""The long fuzz run: real passages, mutated, through the extractor and the readers.

    python scripts/fuzz.py [--cases 100000] [--workers 2] [--seed 1] [--json out.json] [--passages DIR ...]

Each case takes a real passage (the example articles under examples/, and the .txt files of each
`--passages` folder), applies 1–8 random mutations
(inserted symbols, dashes, diacritics, combining marks, NFD, control characters, zero-width and
bidi characters, look-alike letters, truncation, splicing, byte damage) and checks that `extract` never
raises and that every span (references, other references, agencies, persons, events) lies inside the
text and equals its surface. Every tenth case also goes through `loaders.read` as a file (.txt, .html
or .md, in some encoding, possibly damaged): it returns a Source or raises ReadError, nothing else.
Failures are printed with their seed so they can be replayed; the exit code is 1 if any case failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

INSERTS = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u00a0", "\u2009", "\u202f", "\u3000",  # spaces, zero-width
    "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63", "\uff0d",  # dashes
    "\u202e", "\u202d", "\u2066", "\u2069",  # bidi controls
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\r", "\r\n", "\t", "\u2028", "\u2029",
    "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b",  # Vietnamese combining marks
    "Đ", "đ", "Ð", "ð", "Ɖ", "Ư", "ư", "Ơ", "ơ", "Ă", "Â", "Ê", "Ô",
    "/", "-", "–", ":", ";", ",", ".", "(", ")", "[", "]", "\"", "'", "“", "”", "«", "»", "…", "№", "°", "§",
    "Số ", "số: ", "Nghị quyết ", "Nghị định ", "Chỉ thị ", "Quyết định số ", "-NQ/TW", "/NĐ-CP", "/QĐ-UBND",
    "ngày 31/12/2020 ", "khóa XIII ", "của Bộ Chính trị ", "Ban Chấp hành Trung ương ", "Tỉnh ủy ",
    "2019", "35", "0", "99999999999999999999", "Ⅻ", "١٢٣", "𝟏𝟐", "😀", "\U0010ffff", "\ud7ff",
    "<b>", "</p>", "&amp;", "&#x110;", "{{", "$", "`", "'; MATCH (n) DETACH DELETE n //",
]
# Latin letters and their Cyrillic / Greek / full-width look-alikes
LOOKALIKES = {"N": "Ν", "Q": "Ｑ", "T": "Т", "W": "Ｗ", "C": "С", "P": "Р", "H": "Н", "D": "Ⅾ", "-": "‐", "/": "∕",
              "o": "о", "a": "а", "e": "е", "i": "і", "0": "０", "1": "１", "2": "２"}


def passages(folders: tuple[str, ...] = ()) -> list[str]:
    """The example articles and the .txt files of `folders` (the realistic base of every case)."""
    files = [p for folder in (EXAMPLES, *map(Path, folders)) for p in sorted(folder.glob("*.txt"))]
    if not files:
        sys.exit(f"no passages under {EXAMPLES} or {', '.join(folders)}")
    return [p.read_text(encoding="utf-8") for p in files]


def mutate(text: str, rng: random.Random) -> str:
    """1–8 random mutations of a real passage (a window of it, mostly)."""
    if len(text) > 3000 and rng.random() < 0.8:
        a = rng.randrange(len(text))
        text = text[a:a + rng.randint(200, 3000)]
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(10)
        pos = rng.randint(0, len(text))
        if op <= 2:  # insert a symbol, dash, control, mark, fragment
            text = text[:pos] + rng.choice(INSERTS) + text[pos:]
        elif op == 3:  # normal forms
            text = unicodedata.normalize(rng.choice(["NFD", "NFKD", "NFKC", "NFC"]), text)
        elif op == 4:  # truncate (anywhere, also inside a combining sequence)
            text = text[:pos] if rng.random() < 0.5 else text[pos:]
        elif op == 5:  # look-alike letters over a stretch
            end = min(len(text), pos + rng.randint(1, 200))
            text = text[:pos] + "".join(LOOKALIKES.get(c, c) for c in text[pos:end]) + text[end:]
        elif op == 6:  # strip diacritics over a stretch
            end = min(len(text), pos + rng.randint(1, 400))
            bare = "".join(c for c in unicodedata.normalize("NFD", text[pos:end]) if not unicodedata.combining(c))
            text = text[:pos] + bare.replace("đ", "d").replace("Đ", "D") + text[end:]
        elif op == 7:  # case
            end = min(len(text), pos + rng.randint(1, 300))
            text = text[:pos] + rng.choice([str.upper, str.lower, str.swapcase])(text[pos:end]) + text[end:]
        elif op == 8:  # duplicate / splice a stretch elsewhere
            end = min(len(text), pos + rng.randint(1, 200))
            at = rng.randint(0, len(text))
            text = text[:at] + text[pos:end] + text[at:]
        else:  # repeat a symbol many times (runs of dashes, slashes, digits, spaces)
            text = text[:pos] + rng.choice(["-", "/", "1", " ", "\n", "số ", "và "]) * rng.randint(2, 400) + text[pos:]
    return text


def check_spans(text: str, extraction) -> None:
    """Every span lies inside the text and is its surface."""
    groups = [extraction.references, extraction.other_references, extraction.agencies, extraction.persons,
              extraction.events]
    for group in groups:
        for item in group:
            assert 0 <= item.start <= item.end <= len(text), (item.start, item.end, len(text))
            assert text[item.start:item.end] == item.surface, (item.surface, text[item.start:item.end])
    for r in extraction.references:
        assert isinstance(r.symbol, str | None)


def encode(text: str, rng: random.Random) -> tuple[bytes, str]:
    """The bytes of a file and its suffix: UTF-8 (with BOM), UTF-16, Windows-1258 or damaged, as .txt/.html/.md."""
    suffix = rng.choice([".txt", ".txt", ".html", ".md"])
    if suffix == ".html":
        text = f"<html><head><title>t</title><img src=\"http://example.invalid/x.png\"></head><body><p>{text}</p></body></html>"
    choice = rng.randrange(5)
    if choice == 0:
        data = text.encode("utf-8", "surrogatepass")
    elif choice == 1:
        data = b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    elif choice == 2:
        data = text.encode("utf-16", "surrogatepass")
    elif choice == 3:
        data = unicodedata.normalize("NFC", text).encode("cp1258", "replace")
    else:
        data = bytearray(text.encode("utf-8", "surrogatepass"))
        for _ in range(rng.randint(1, 5)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    return data, suffix


def run_case(seed: int, texts: list[str], folder: Path) -> tuple[str, str] | None:
    """One case; None if it passed, else (kind, traceback)."""
    import loaders
    from loaders.model import Source

    rng = random.Random(seed)
    text = mutate(rng.choice(texts), rng)
    try:
        check_spans(text, loaders.extract(Source(text=text)))
    except Exception:  # noqa: BLE001 - the fuzz run reports, it does not stop
        return "extract", traceback.format_exc(limit=4)
    if seed % 10 == 0:
        data, suffix = encode(text, rng)
        path = folder / f"case{seed}{suffix}"
        path.write_bytes(data)
        try:
            source = loaders.read(path)
            check_spans(source.text, loaders.extract(source))
        except loaders.ReadError:
            pass
        except Exception:  # noqa: BLE001
            return "read", traceback.format_exc(limit=4)
        finally:
            path.unlink()
    return None


def run_range(start: int, stop: int, folders: tuple[str, ...] = ()) -> dict:
    """Cases with seeds start..stop-1, in one process."""
    texts = passages(folders)
    failures, reads = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(start, stop):
            failure = run_case(seed, texts, Path(tmp))
            reads += seed % 10 == 0
            if failure:
                failures.append({"seed": seed, "kind": failure[0], "error": failure[1]})
    return {"cases": stop - start, "reads": reads, "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1, help="first seed; case i uses seed+i")
    parser.add_argument("--json", help="write the result here")
    parser.add_argument("--passages", nargs="+", default=[], metavar="DIR",
                        help="more folders of .txt passages besides examples/")
    args = parser.parse_args(argv)
    folders = tuple(args.passages)
    started = time.perf_counter()
    step = max(1, -(-args.cases // (args.workers * 20)))
    ranges = [(s, min(s + step, args.seed + args.cases)) for s in range(args.seed, args.seed + args.cases, step)]
    total = {"cases": 0, "reads": 0, "failures": []}
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for part in pool.map(run_range, *zip(*ranges, strict=True), [folders] * len(ranges)):
            total["cases"] += part["cases"]
            total["reads"] += part["reads"]
            total["failures"] += part["failures"]
            print(f"\r{total['cases']} cases, {len(total['failures'])} failures", end="", file=sys.stderr)
    total["seconds"] = round(time.perf_counter() - started, 1)
    total["passages"] = len(passages(folders))
    print(file=sys.stderr)
    for f in total["failures"][:20]:
        print(f"seed {f['seed']} ({f['kind']}):\n{f['error']}", file=sys.stderr)
    print(f"{total['cases']} cases ({total['reads']} also through the readers) over {total['passages']} real "
          f"passages in {total['seconds']} s: {len(total['failures'])} failures")
    if args.json:
        Path(args.json).write_text(json.dumps(total, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if total["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
