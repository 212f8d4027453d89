"""citegraph as a user installs it: the wheel builds without warnings, declares its licence, and once installed
into a fresh virtual environment outside the checkout, `citegraph extract`, `ingest`, `query` and `serve` work
on the example documents the package ships."""

from __future__ import annotations

import json
import subprocess
import urllib.request
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, Installed, free_port, serving


def _run(installed: Installed, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([installed.bin("citegraph"), *args], capture_output=True, text=True, cwd=installed.home,
                          env=installed.env(**env), timeout=600)


def _bundled(installed: Installed) -> Path:
    """The folder of example documents inside the installed package."""
    code = "from graph.views import EXAMPLES; import graph; print(EXAMPLES); print(graph.__file__)"
    proc = subprocess.run([installed.bin("python"), "-c", code], capture_output=True, text=True,
                          cwd=installed.home, env=installed.env(), check=True)
    examples, module = proc.stdout.split()
    assert Path(module).is_relative_to(installed.venv)  # the installed files run, not the checkout's
    return Path(examples)


def test_wheel_builds_without_warnings_with_an_spdx_licence(installed: Installed) -> None:
    assert "warning" not in installed.build_log.lower(), installed.build_log
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    shipped = {Path(n).name for n in names if n.startswith("graph/examples/")}
    assert shipped == {p.name for p in (ROOT / "examples").iterdir()}
    assert "graph/app.py" in names and "graph/serve/app.py" in names


def test_installed_extract_ingest_and_query_on_the_bundled_examples(installed: Installed) -> None:
    examples = _bundled(installed)
    assert examples.is_relative_to(installed.venv)
    seed = examples / "quang-tri-hoi-nghi-khoa-giao-2023.txt"
    proc = _run(installed, "extract", "--jsonl", str(seed))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["source"] == str(seed) and "35-NQ/TW" in {r["symbol"] for r in out["references"]}

    proc = _run(installed, "ingest", "--quiet", "--db", "data", str(examples))
    assert proc.returncode == 0, proc.stderr
    assert (installed.home / "data").is_dir()  # in the user's working folder
    proc = _run(installed, "query", "--db", "data", "--json",
                "MATCH (a:Document)-[:CITES]->(b:Document {key: '35-NQ/TW@2018'}) RETURN count(a) AS n")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["n"] >= 3
    proc = _run(installed, "query", "--db", "data", "CREATE (d:Document {key: 'x'}) RETURN d")
    assert proc.returncode == 1 and "refused" in proc.stderr


def _command_line(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().decode().rstrip("\0").split("\0")


def test_installed_serve_answers_on_the_port_it_was_given(installed: Installed) -> None:
    port = free_port()
    command = [installed.bin("citegraph"), "serve", "--port", str(port), "--host", "127.0.0.1",
               "--server.headless", "true"]
    env = installed.env(CITEGRAPH_DB=str(installed.home / "served"))
    with serving(command, env, installed.home, installed.home / "serve.log", port) as (url, proc):
        with urllib.request.urlopen(url + "/", timeout=10) as page:
            assert page.status == 200 and "<noscript>" in page.read().decode()
        streamlit = _command_line(proc.pid)  # citegraph serve became the Streamlit server: nothing left behind
        assert streamlit[1:4] == ["-m", "streamlit", "run"]
        script = Path(streamlit[streamlit.index("run") + 1])
        assert script.is_relative_to(installed.venv) and script.name == "app.py"
        assert "--server.port" in streamlit and "--server.maxUploadSize" in streamlit


def test_serve_hands_port_host_and_other_options_to_streamlit() -> None:
    from graph.cli import parse_args, streamlit_command

    command = streamlit_command(parse_args(["serve", "--port", "8600", "--host", "127.0.0.1",
                                            "--server.headless", "true", "--server.maxUploadSize=50"]))
    assert command[1:4] == ["-m", "streamlit", "run"] and command[4].endswith("graph/serve/app.py")
    options = command[5:]
    assert options[options.index("--server.port") + 1] == "8600"
    assert options[options.index("--server.address") + 1] == "127.0.0.1"
    assert options[options.index("--server.headless") + 1] == "true"
    assert "--server.maxUploadSize=50" in options and "--server.maxUploadSize" not in options  # the user's wins
    assert options[options.index("--browser.gatherUsageStats") + 1] == "false"
    with pytest.raises(SystemExit):
        parse_args(["stats", "--server.headless", "true"])  # only serve passes options on
