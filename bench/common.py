"""Shared helpers of the bench scripts: corpora, the machine, tables, timing, and graph batches built
from a corpus manifest (the generator's ground truth, so store benchmarks do not depend on the extractor)."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from corpus import ensure_corpus  # noqa: E402

WORK = Path(os.environ.get("CITEGRAPH_BENCH_DIR") or Path(tempfile.gettempdir()) / "citegraph-bench")


def corpus(n: int, seed: int = 1) -> Path:
    """The folder of the synthetic corpus of `n` documents (generated on first use, then reused)."""
    return ensure_corpus(WORK / f"corpus-{n}-s{seed}", n, seed)


def sizes(text: str) -> list[int]:
    """'1k,10k' → [1000, 10000]."""
    out = []
    for part in text.split(","):
        part = part.strip().lower()
        mult = 1_000_000 if part.endswith("m") else 1000 if part.endswith("k") else 1
        out.append(int(float(part.rstrip("km")) * mult))
    return out


def _run(cmd: str) -> str:
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


def machine(neo4j_version: str | None = None) -> dict[str, Any]:
    """nproc, memory, load, versions: printed with every table."""
    from importlib.metadata import PackageNotFoundError, version

    def ver(pkg: str) -> str:
        try:
            return version(pkg)
        except PackageNotFoundError:
            return "-"

    info = {"nproc": os.cpu_count(), "mem": _run("free -h | awk '/Mem:/ {print $2\" total, \"$7\" available\"}'"),
            "load (1/5/15 min)": " ".join(f"{x:.2f}" for x in os.getloadavg()),
            "python": platform.python_version(), "ladybug": ver("ladybug"), "neo4j driver": ver("neo4j"),
            "cpu": _run("lscpu | awk -F: '/Model name/ {print $2}' | xargs")}
    if neo4j_version:
        info["neo4j server"] = neo4j_version
    return info


def print_machine(info: dict[str, Any]) -> None:
    print("machine: " + "; ".join(f"{k} {v}" for k, v in info.items()))


def table(rows: list[dict[str, Any]], title: str | None = None) -> str:
    """A Markdown table of dicts (columns of the first row), printed and returned."""
    if not rows:
        return ""
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join(" --- " for _ in cols) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(_cell(r.get(c)) for c in cols) + " |")
    text = ("\n" + title + "\n\n" if title else "\n") + "\n".join(lines) + "\n"
    print(text, flush=True)
    return text


def _cell(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.2f}" if abs(v) >= 1 else f"{v:.3f}"
    if isinstance(v, int):
        return f"{v:,}"
    return "" if v is None else str(v)


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    """p50/p95/p99 of latencies in milliseconds."""
    s = sorted(samples_ms)
    if len(s) < 2:
        return {"p50": s[0] if s else 0.0, "p95": s[0] if s else 0.0, "p99": s[0] if s else 0.0}
    q = statistics.quantiles(s, n=100, method="inclusive")
    return {"p50": q[49], "p95": q[94], "p99": q[98]}


class Timer:
    """with Timer() as t: ...; t.seconds"""

    def __enter__(self) -> Timer:
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.t0


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


# ------------------------------------------------------------------ graph rows from the manifest


def manifest(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The manifest rows, streamed."""
    with (corpus_dir / "manifest.jsonl").open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def _family(symbol: str) -> tuple[str, str, str | None, str]:
    """(family, doc_type, year in the symbol, scope) of a canonical symbol."""
    if "-" in symbol.split("/", 1)[0]:  # party: N-TYPE/SCOPE
        number_type, scope = symbol.split("/", 1)
        return "party", number_type.split("-", 1)[1], None, scope
    parts = symbol.split("/")
    year = parts[1] if len(parts) == 3 and parts[1].isdigit() else None
    last = parts[-1]
    doc_type, _, scope = last.partition("-") if "-" in last else ("Luật", "", last)
    return "state", doc_type, year, scope


def target_key(symbol: str, year: int | None, locality: str | None) -> str:
    """The design's key of a cited document (see graph/model.py)."""
    from graph.model import document_key

    family, _doc_type, printed_year, _scope = _family(symbol)
    if family == "state" and printed_year:
        return symbol
    return document_key(symbol, year, locality)


def doc_rows(row: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """One manifest row → (its Document row, the cited Document rows, the CITES rows), flat dicts with
    the same columns in every row (what a bulk loader sends)."""
    year = int(row["date"][:4])
    if row["symbol"]:
        key = target_key(row["symbol"], year, row["province"])
        family, doc_type, _y, scope = _family(row["symbol"])
    else:
        key, family, doc_type, scope = "article:" + row["path"], "article", None, None
    own = {"key": key, "symbol": row["symbol"], "family": family, "doc_type": doc_type, "scope": scope,
           "locality": row["province"], "date": row["date"], "year": year, "kind": row["kind"],
           "source": row["path"], "is_stub": False}
    targets: dict[str, dict[str, Any]] = {}
    cites: dict[str, dict[str, Any]] = {}
    for m in row["references"]:
        dst = target_key(m["symbol"], m.get("year"), m.get("locality"))
        if dst not in targets:
            family, doc_type, _y, scope = _family(m["symbol"])
            targets[dst] = {"key": dst, "symbol": m["symbol"], "family": family, "doc_type": doc_type,
                            "scope": scope, "locality": m.get("locality"), "date": m.get("date"),
                            "year": m.get("year"), "kind": None, "source": None, "is_stub": True}
        if dst in cites:
            cites[dst]["count"] += 1
        else:
            cites[dst] = {"src": key, "dst": dst, "relation": m["relation"], "surface": m["symbol"],
                          "snippet": "", "start": 0, "end": 0, "count": 1}
    return own, list(targets.values()), list(cites.values())


def graph_rows(corpus_dir: Path, batch_docs: int = 1000) -> Iterator[tuple[list[dict], list[dict]]]:
    """(Document rows, CITES rows) per `batch_docs` documents, nodes deduplicated within a batch;
    a citing document that is also cited keeps its full row."""
    docs: dict[str, dict[str, Any]] = {}
    cites: list[dict[str, Any]] = []
    n = 0
    for row in manifest(corpus_dir):
        own, targets, edges = doc_rows(row)
        for t in targets:
            docs.setdefault(t["key"], t)
        docs[own["key"]] = own
        cites += edges
        n += 1
        if n % batch_docs == 0:
            yield list(docs.values()), cites
            docs, cites = {}, []
    if docs:
        yield list(docs.values()), cites


def graph_batches(corpus_dir: Path, batch_docs: int = 1000) -> Iterator[Any]:
    """The same rows as `graph.model.GraphBatch`es, for `Store.upsert`."""
    from graph.model import Cites, DocumentNode, GraphBatch

    for docs, cites in graph_rows(corpus_dir, batch_docs):
        yield GraphBatch(documents=[DocumentNode(**d) for d in docs], cites=[Cites(**c) for c in cites],
                         sources=sorted({c["src"] for c in cites}))


def peak_rss_mb() -> float:
    """Peak resident set of this process and of its waited-for children, MB (Linux reports KB)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def embedded_store(path: str | Path) -> Any:
    """A fresh or existing embedded store at `path`."""
    from graph.embedded_store import EmbeddedStore

    return EmbeddedStore(str(path))


def profiled(name: str, wanted: str | None, fn: Any, lines: int = 60) -> Any:
    """Run fn(); under pyinstrument when `name` is the step asked for (profile saved as text and HTML under
    WORK, and its top printed)."""
    if wanted != name:
        return fn()
    from pyinstrument import Profiler

    prof = Profiler(interval=0.005)
    prof.start()
    try:
        return fn()
    finally:
        prof.stop()
        out = WORK / f"profile-{name}.txt"
        text = prof.output_text(unicode=True, color=False, show_all=False)
        out.write_text(text, encoding="utf-8")
        (WORK / f"profile-{name}.html").write_text(prof.output_html(), encoding="utf-8")
        print(f"\npyinstrument profile of {name} ({out}):\n" + "\n".join(text.splitlines()[:lines]))
