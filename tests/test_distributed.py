"""Extraction as a Dask map gives the same JSON lines, in the same order, as `citegraph extract --jsonl`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import loaders
from graph.cli import main
from graph.distributed import extract_lines
from graph.pipeline import extract_json

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


@pytest.fixture(scope="module")
def paths(tmp_path_factory) -> list[str]:
    """A small generated corpus (with NFD and legacy-encoded files) and the bundled examples."""
    out = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(out, 40, seed=5, nfd=0.1, legacy=0.1)
    return loaders.readers.input_paths([str(out / "docs"), str(ROOT / "examples")])


@pytest.fixture(scope="module")
def sequential(paths) -> list[str]:
    return [extract_json(p)[0] for p in paths]


def test_dask_processes_match_sequential(paths, sequential):
    lines = extract_lines(paths, scheduler="processes", workers=2, batch=20)  # three batches, one pool
    assert len(lines) == len(paths) > 40
    assert lines == sequential
    assert sum(len(json.loads(line)["references"]) for line in lines) > len(paths)


def test_dask_threads_match_sequential(paths, sequential):
    assert extract_lines(paths, scheduler="threads", workers=2, batch=7) == sequential


def test_cli_dask_option_prints_the_same_lines(paths, sequential, capsys):
    folder = str(ROOT / "examples")
    assert main(["extract", "--jsonl", folder]) == 0
    plain = capsys.readouterr().out
    assert main(["extract", "--jsonl", "--dask", "2", folder]) == 0
    assert capsys.readouterr().out == plain
    assert plain.splitlines() == sequential[-len(plain.splitlines()):]


def test_unknown_scheduler_is_refused(paths):
    with pytest.raises(ValueError):
        extract_lines(paths[:1], scheduler="cluster")
