"""The synthetic corpus generator: deterministic, streamed, readable, and its references findable."""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != "corpus.json":  # corpus.json carries the generation time
            h.update(str(p.relative_to(folder)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(out, 120, seed=7, nfd=0.1, legacy=0.1)
    return out


def test_same_seed_same_bytes(small, tmp_path):
    corpus.write_corpus(tmp_path, 120, seed=7, nfd=0.1, legacy=0.1)
    assert _digest(tmp_path) == _digest(small)


def test_other_seed_other_bytes(small, tmp_path):
    corpus.write_corpus(tmp_path, 120, seed=8, nfd=0.1, legacy=0.1)
    assert _digest(tmp_path) != _digest(small)


def test_documents_do_not_depend_on_each_other():
    """Document i is the same whether generated alone or in a stream (so generation can stream or split)."""
    streamed = list(corpus.iter_docs(30, seed=3))
    assert corpus.generate(17, seed=3).text == streamed[17].text
    assert corpus.iter_docs(10**9, seed=3).__next__().text == streamed[0].text  # lazy: nothing built ahead


def test_manifest_matches_files(small):
    rows = [json.loads(line) for line in (small / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 120
    assert all((small / r["path"]).is_file() for r in rows)
    assert sum(len(r["references"]) for r in rows) > 120
    encodings = {r["encoding"] for r in rows}
    assert {"utf-8", "utf-8-nfd"} <= encodings
    assert encodings & {"tcvn3", "vni"}, "viparse's tables should encode some legacy documents"


def test_every_file_reads_back(small):
    """NFD and TCVN3/VNI files decode (through the project's reader) to the document's text."""
    import loaders

    for line in (small / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        text = loaders.read(small / r["path"]).text
        want = corpus.generate(int(r["path"][-12:-4]), seed=7, nfd=0.1, legacy=0.1).text
        if r["encoding"] in ("tcvn3", "vni"):
            want = corpus._plain(want)
        norm = unicodedata.normalize
        assert norm("NFC", text).strip().lower() == norm("NFC", want).strip().lower(), r["path"]


def test_references_are_found_by_the_extractor(small):
    """Most symbols of the manifest come out of `loaders.extract` (once the extractor has landed)."""
    import loaders

    wanted = found = 0
    for line in (small / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        got = {ref.symbol for ref in loaders.extract(loaders.read(small / r["path"])).references}
        want = {m["symbol"] for m in r["references"]}
        wanted += len(want)
        found += len(want & got)
    if found == 0:
        pytest.xfail("the extractor finds no references yet (loaders/references.py is a stub)")
    assert found / wanted > 0.8
