"""Shared fixtures: the seed article with its gold, passages to mutate, a generated corpus, and a store of
each kind. Everything a test reads is in this repository (examples/, tests/data/, bench/corpus.py): a
clone runs the suite as it is.

Neo4j tests need NEO4J_URI (``make test`` starts a server with ``scripts/neo4j start``). When
CITEGRAPH_REQUIRE_SERVICES or CI is set, a missing service fails the test; it never skips.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = ROOT / "tests" / "data"
#: the gold of the seed article (the project's founding document, examples/quang-tri-…-2023.txt)
SEED_GOLD = DATA / "seed.json"
REQUIRE_SERVICES = bool(os.environ.get("CITEGRAPH_REQUIRE_SERVICES") or os.environ.get("CI"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Where services are required (CI, `make test`), a skipped test fails the run: every test must run."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if REQUIRE_SERVICES and skipped and session.exitstatus == 0:
        print(f"\n{skipped} tests were skipped: with CI or CITEGRAPH_REQUIRE_SERVICES set, every test must run")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _missing(what: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is required here and not available")
    pytest.skip(f"{what} not available")


def seed_gold() -> dict:
    """The seed article's gold: references with offsets, dates and relations, entities."""
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


#: the seed article's text file
SEED_TEXT = ROOT / seed_gold()["text"]


def example_texts() -> list[Path]:
    """The bundled example articles in plain text (the seed among them)."""
    return sorted(EXAMPLES.glob("*.txt"))


def write_generated_corpus(folder: Path, docs: int, seed: int = 3) -> Path:
    """`docs` documents of bench/corpus.py's synthetic provincial news and legal texts under `folder`
    (UTF-8 only), as plain files in one folder, without the manifest."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder.mkdir(parents=True, exist_ok=True)
    for doc in corpus.iter_docs(docs, seed, nfd=0.0, legacy=0.0):
        (folder / Path(doc.path).name).write_bytes(corpus.to_bytes(doc))
    return folder


def articles_citing(target: str, articles: int) -> tuple[list, list]:
    """A resolution and `articles` articles for cited-by page tests: (documents, citations). Dates repeat,
    every seventh article is undated, and every fourth cites nothing (so the newest documents are not all
    citers); article i's citation says "đoạn i"."""
    from graph.model import Cites, DocumentNode

    docs = [DocumentNode(target, symbol="57-NQ/TW", family="party", kind="resolution", date="2024-12-22",
                         is_stub=False)]
    cites = []
    for i in range(articles):
        key = f"article:https://example.vn/bai-{i:03d}"
        date = None if i % 7 == 0 else f"2025-{1 + i % 12:02d}-0{1 + i % 5}"
        docs.append(DocumentNode(key, family="article", kind="article", date=date, is_stub=False))
        if i % 4:
            cites.append(Cites(key, target, relation="implements", surface="Nghị quyết 57", snippet=f"đoạn {i}"))
    return docs, cites


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_TEXT


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 40 generated documents (read only: copy it to change it)."""
    return write_generated_corpus(tmp_path_factory.mktemp("generated") / "docs", 40)


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        _missing("a Neo4j server (NEO4J_URI; `scripts/neo4j start` prints one)")
    return uri


@pytest.fixture(params=["embedded", "neo4j"])
def store(request, tmp_path):
    """An empty store of each kind; the contract suite runs every test against both."""
    if request.param == "embedded":
        from graph.embedded_store import EmbeddedStore

        s = EmbeddedStore(str(tmp_path / "db"))
    else:
        uri = request.getfixturevalue("neo4j_uri")  # first: no server, no need for the module
        from graph.neo4j_store import Neo4jStore

        s = Neo4jStore(uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
        s.clear()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _restore_main():
    """Streamlit's AppTest runs app.py as `__main__` and leaves it there; a process pool started by a later
    test would then re-run app.py in every worker. Put the real `__main__` back after each test."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


# ------------------------------------------------------------------ the package as a user installs it

#: what a copy of the checkout leaves out before the wheel is built (local state, not the project)
_NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", ".neo4j", "build", "dist", "*.egg-info", "__pycache__",
                                     ".pytest_cache", ".ruff_cache", ".hypothesis", "artifacts", "citegraph-data",
                                     "out")


@dataclass
class Installed:
    """citegraph built as a wheel and installed into a fresh virtual environment outside the checkout."""

    venv: Path
    wheel: Path
    build_log: str
    home: Path  # a working folder outside the checkout, for the commands to run in

    def bin(self, name: str) -> str:
        return str(self.venv / "bin" / name)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a user's shell: no NEO4J_URI unless given, nothing of the checkout on the path."""
        env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "PYTHONPATH", "VIRTUAL_ENV")}
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        return {**env, **extra}


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel from a clean copy of the checkout (`pip wheel .`), create a virtual environment and
    `pip install` the wheel into it with its dependencies (from pip's cache, else the index)."""
    base = tmp_path_factory.mktemp("package")
    source = base / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=_NOT_SOURCE)
    env = {**os.environ, "PIP_ROOT_USER_ACTION": "ignore", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(base / "dist"), str(source)],
                           capture_output=True, text=True, env=env, timeout=600)
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = (base / "dist").glob("citegraph-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    install = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--no-compile", str(wheel)], capture_output=True,
                             text=True, env=env, timeout=1200)
    assert install.returncode == 0, install.stdout + install.stderr
    home = base / "home"
    home.mkdir()
    return Installed(venv, wheel, build.stdout + build.stderr, home)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(command: list[str], env: dict[str, str], cwd: Path, log: Path,
            port: int) -> Iterator[tuple[str, subprocess.Popen]]:
    """Run a Streamlit server command until it answers its health check; yield its URL and process, stop it
    after."""
    with log.open("w") as out:
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                assert proc.poll() is None, f"the server exited early:\n{log.read_text()[-3000:]}"
                assert time.monotonic() < deadline, f"no answer on {url} within 90 s:\n{log.read_text()[-3000:]}"
                time.sleep(0.5)
            yield url, proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
