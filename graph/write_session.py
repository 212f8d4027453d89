"""A short write session for the app: `citegraph ingest` of a few files in a child process.

The app only ever reads (a read-only embedded store, which never blocks a writer): staff run `citegraph
ingest` while colleagues browse. When the app itself stores something (an upload, the bundled examples of
a new store), a child process opens the store for writing, ingests, and closes it again. A child, not
this process: LadybugDB's file lock belongs to the process, and closing any read-only handle of the file
in the process that holds the lock would release it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK, EXIT_PARTIAL, EXIT_BUSY = 0, 2, 3  # as graph/cli.py


@dataclass
class WriteResult:
    """What a write session did: `summary` is the ingest's account for people; `busy` when another process
    held the store (`message` names it); `errors` one line a failed file."""

    ok: bool
    busy: bool = False
    message: str = ""
    summary: str = ""
    errors: list[str] = field(default_factory=list)
    stored: int = 0


def ingest_in_child(paths: list[str | Path], db: str | None = None, neo4j_uri: str | None = None,
                    timeout: float = 1800) -> WriteResult:
    """`citegraph ingest PATHS` into the embedded store at `db` (or Neo4j at `neo4j_uri`) in a child process,
    which opens the store for writing and closes it when done."""
    where = ["--neo4j", neo4j_uri] if neo4j_uri else ["--db", db] if db else []
    with tempfile.TemporaryDirectory(prefix="citegraph-write-") as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "graph.cli", "ingest", "--quiet", *where, "--report", str(report),
               *map(str, paths)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=dict(os.environ),
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return WriteResult(False, message=f"the ingest ran longer than {timeout:g} s and was stopped")
        stderr = proc.stderr.strip()
        if proc.returncode == EXIT_BUSY:
            return WriteResult(False, busy=True, message=stderr.removeprefix("error: "))
        if proc.returncode not in (EXIT_OK, EXIT_PARTIAL) or not report.exists():
            return WriteResult(False, message=stderr.removeprefix("error: ")[-2000:] or f"exit {proc.returncode}")
        files = json.loads(report.read_text(encoding="utf-8"))["files"]
    errors = [f"{Path(f['path']).name}: {f['error']}" for f in files if f["status"] == "failed"]
    stored = sum(f["status"] in ("stored", "unchanged") for f in files)
    return WriteResult(proc.returncode == EXIT_OK, summary=stderr, errors=errors, stored=stored)
