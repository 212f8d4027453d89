"""Extraction as a Dask map gives the same JSON lines, in the same order, as `citegraph extract --jsonl`:
on a local process pool (`--dask 2`) and on a real dask.distributed cluster (`--dask tcp://…`: a `dask
scheduler` and two `dask worker` processes on loopback); `ingest --dask` builds the same graph."""

from __future__ import annotations

import json
import os
import signal
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import loaders
from graph.cli import main
from graph.distributed import DaskError, cluster, extract_lines, ordered
from graph.pipeline import extract_json
from tests.test_ingest import _embedded, _snapshot

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from cluster import loopback_cluster  # noqa: E402


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """A small generated corpus, with NFD and legacy-encoded files."""
    out = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(out, 40, seed=5, nfd=0.1, legacy=0.1)
    return out


@pytest.fixture(scope="module")
def paths(corpus_dir) -> list[str]:
    """The generated corpus and the bundled examples."""
    return loaders.readers.input_paths([str(corpus_dir / "docs"), str(ROOT / "examples")])


@pytest.fixture(scope="module")
def sequential(paths) -> list[str]:
    return [extract_json(p)[0] for p in paths]


@pytest.fixture(scope="module")
def scheduler() -> str:
    """The address of a real Dask scheduler on loopback with two one-thread workers (own processes)."""
    with loopback_cluster(workers=2, threads=1) as address:
        yield address


def _run(argv: list[str], capsys) -> tuple[int, list[str], str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


# ---- a local process pool: `--dask N` ----

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


# ---- a dask.distributed cluster: `--dask tcp://host:port` ----

def test_cluster_prints_the_lines_of_the_sequential_command_in_order(corpus_dir, scheduler, capsys, monkeypatch):
    monkeypatch.chdir(corpus_dir)  # relative paths: the workers (started elsewhere) read them made absolute
    inputs = ["docs", str(ROOT / "examples")]
    code, plain, _ = _run(["extract", "--jsonl", *inputs], capsys)
    assert code == 0 and len(plain) > 40
    code, lines, err = _run(["extract", "--jsonl", "--dask", scheduler, *inputs], capsys)
    assert (code, err) == (0, "")
    assert lines == plain
    assert json.loads(lines[0])["source"].startswith("docs/")  # named as given, as the sequential command does


def test_cluster_in_small_tasks_keeps_the_input_order(paths, sequential, scheduler):
    from graph.distributed import iter_cluster_results

    results = list(iter_cluster_results(paths, scheduler, chunk=3))  # many tasks, several in flight
    assert [line for line, _failed in results] == sequential
    assert not any(failed for _line, failed in results)


def test_a_file_the_workers_cannot_see_fails_alone(corpus_dir, scheduler, capsys, tmp_path):
    gone = tmp_path / "not-on-the-workers.txt"
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))[:2]
    code, lines, err = _run(["extract", "--jsonl", "--dask", scheduler, examples[0], str(gone), examples[1]], capsys)
    assert code == 2 and "1 of 3 files failed" in err
    first, missing, last = (json.loads(line) for line in lines)
    assert first["references"] and last["references"] and not first["errors"] and not last["errors"]
    assert missing["source"] == str(gone)
    assert "not found on Dask worker tcp://127.0.0.1:" in missing["errors"][0]
    assert "same absolute path" in missing["errors"][0]


def test_ingest_on_the_cluster_builds_the_graph_of_a_local_ingest(corpus_dir, scheduler, capsys, tmp_path,
                                                                  monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)  # the embedded stores at --db, whatever the shell has
    monkeypatch.setenv("CITEGRAPH_CONFIG", str(tmp_path / "no-config.toml"))
    inputs = [str(corpus_dir / "docs"), str(ROOT / "examples"), str(tmp_path / "missing.txt")]
    local, remote = tmp_path / "local.json", tmp_path / "remote.json"
    code, _, err = _run(["ingest", "--db", str(tmp_path / "one"), "-q", "--report", str(local), *inputs], capsys)
    assert code == 2, err
    code, _, err = _run(["ingest", "--db", str(tmp_path / "two"), "-q", "--report", str(remote),
                         "--dask", scheduler, *inputs], capsys)
    assert code == 2, err
    assert "missing.txt: not found on Dask worker" in err
    with _embedded(tmp_path / "one") as one, _embedded(tmp_path / "two") as two:
        graph = _snapshot(one)
        assert graph == _snapshot(two)
        assert len(graph["Document"]) > 40 and len(graph["CITES"]) > 40
    statuses = [[(f["path"], f["status"]) for f in json.loads(r.read_text())["files"]] for r in (local, remote)]
    assert statuses[0] == statuses[1]
    assert statuses[0][-1] == (inputs[-1], "failed")


def test_a_worker_lost_mid_run_costs_no_line(paths, sequential):
    from distributed import Client

    from graph.distributed import iter_cluster_results

    with loopback_cluster(workers=2, threads=1) as address:
        with Client(address, set_as_default=False) as client:
            pids = client.run(os.getpid)  # worker address → its process id
        results = iter_cluster_results(paths, address, chunk=2)
        first, _failed = next(results)  # tasks are in flight on both workers now
        os.kill(pids[min(pids)], signal.SIGKILL)
        lines = [first] + [line for line, _failed in results]
    assert lines == sequential  # the dead worker's tasks ran again on the other one


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(DaskError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with cluster("tcp://127.0.0.1:9", timeout=1):
            pass


def test_without_dask_installed_the_option_says_how_to_get_it(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what `import distributed` meets when it is absent
    code, lines, err = _run(["extract", "--jsonl", "--dask", "tcp://127.0.0.1:9", str(ROOT / "examples")], capsys)
    assert code == 1 and lines == []
    assert "pip install 'citegraph[dask]'" in err


def test_ordered_submits_a_bounded_window_and_keeps_the_order():
    submitted: list[int] = []
    out: list[int] = []
    with ThreadPoolExecutor(4) as pool:
        def submit(n: int):
            submitted.append(n)
            return pool.submit(pow, n, 2)

        for _n, future in ordered(submit, iter(range(100)), ahead=5):
            assert len(submitted) - len(out) <= 6  # never more than the window ahead of the consumer
            out.append(future.result())
    assert out == [n * n for n in range(100)]


def test_the_dask_option_takes_a_number_or_an_address(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--dask", "many", os.devnull])
    assert "tcp://host:8786" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["ingest", "--dask", "2", os.devnull])
    assert "--workers N" in capsys.readouterr().err
