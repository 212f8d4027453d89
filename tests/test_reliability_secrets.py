"""Secrets and limits: Neo4j credentials only from the environment or a config file and never shown or
logged; an upload size limit; reading HTML fetches nothing remote; .docx XML is parsed safely."""

from __future__ import annotations

import http.server
import logging
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fixtures_build import SENTENCE
from test_reliability_bad_files_ingest import _docx_with

import loaders
from graph.config import neo4j_settings
from graph.store import StoreError, open_store
from loaders.readers import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cr3t-Pw_9f2"


def test_config_file_then_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "citegraph.toml"
    cfg.write_text(f'[neo4j]\nuri = "bolt://db.example:7687"\nuser = "reader"\npassword = "{SECRET}"\n')
    monkeypatch.setenv("CITEGRAPH_CONFIG", str(cfg))
    for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"):
        monkeypatch.delenv(k, raising=False)
    assert neo4j_settings() == {"uri": "bolt://db.example:7687", "user": "reader", "password": SECRET}
    monkeypatch.setenv("NEO4J_USER", "other")
    assert neo4j_settings()["user"] == "other" and neo4j_settings()["password"] == SECRET
    cfg.write_text("[neo4j\nuri = ")
    with pytest.raises(StoreError, match="cannot read the config file") as err:
        neo4j_settings()
    assert SECRET not in str(err.value)


def test_no_password_in_code_or_command_line_options() -> None:
    cli = (ROOT / "graph" / "cli.py").read_text(encoding="utf-8")
    assert "--password" not in cli and "--neo4j-password" not in cli
    for path in [*ROOT.glob("graph/*.py"), *ROOT.glob("loaders/*.py"), ROOT / "app.py"]:
        assert not re.search(r"password\s*=\s*['\"][^'\"]+['\"]", path.read_text(encoding="utf-8")), path


def test_password_never_shown_or_logged(neo4j_uri: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        caplog: pytest.LogCaptureFixture) -> None:
    """With the password in the URI, the environment or a config file: describe(), errors, the CLI's output
    and debug logs never contain it."""
    host = neo4j_uri.split("://", 1)[1]
    user = os.environ.get("NEO4J_USER") or "neo4j"
    password = os.environ.get("NEO4J_PASSWORD") or SECRET  # a server without auth ignores it
    caplog.set_level(logging.DEBUG)
    with open_store(neo4j_uri=f"bolt://{user}:{password}@{host}") as store:
        shown = store.describe()
        store.query("RETURN 1 AS one")
    assert password not in shown and host in shown
    assert password not in caplog.text
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    monkeypatch.setenv("NEO4J_USER", user)
    with open_store(neo4j_uri=neo4j_uri) as store:
        assert password not in store.describe()
    with pytest.raises(StoreError) as err:  # nothing listens there
        open_store(neo4j_uri=f"bolt://{user}:{password}@127.0.0.1:9")
    assert password not in str(err.value)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[neo4j]\nuri = "{neo4j_uri}"\nuser = "{user}"\npassword = "{password}"\n')
    env["CITEGRAPH_CONFIG"] = str(cfg)
    for args in (["stats"], ["query", "RETURN 1 AS one"], ["stats", "--neo4j", "bolt://127.0.0.1:9"]):
        proc = subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, env=env,
                              timeout=120)
        assert password not in proc.stdout + proc.stderr, args
    assert "Neo4j" in subprocess.run([sys.executable, "-m", "graph.cli", "stats"], capture_output=True, text=True,
                                     env=env, timeout=120).stdout  # the config file was used


def test_upload_size_limit() -> None:
    from graph.app import MAX_UPLOAD_MB
    from graph.cli import STREAMLIT_DEFAULTS

    server = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")  # `streamlit run app.py`
    assert int(re.search(r"maxUploadSize\s*=\s*(\d+)", server).group(1)) == MAX_UPLOAD_MB
    assert int(STREAMLIT_DEFAULTS["server.maxUploadSize"]) == MAX_UPLOAD_MB  # `citegraph serve`
    assert MAX_UPLOAD_MB * 1024 * 1024 <= MAX_BYTES  # an upload the app takes, the reader takes too
    app = (ROOT / "graph" / "app.py").read_text(encoding="utf-8")
    assert "MAX_UPLOAD_MB * 1024 * 1024" in app  # and the app checks it itself


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


def test_html_reader_fetches_nothing(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = tmp_path / "page.html"
        page.write_text(
            f'<!DOCTYPE html SYSTEM "{base}/dtd"><html><head><link rel="stylesheet" href="{base}/css">'
            f'<style>@import url("{base}/import");</style><script src="{base}/js"></script>'
            f'<meta http-equiv="refresh" content="0; url={base}/refresh"><base href="{base}/base/"></head>'
            f'<body background="{base}/bg"><img src="{base}/img" srcset="{base}/srcset 2x">'
            f'<iframe src="{base}/iframe"></iframe><object data="{base}/object"></object>'
            f'<video poster="{base}/poster"><source src="{base}/video"></video>'
            f'<svg><image href="{base}/svg"/></svg><p>{SENTENCE}</p></body></html>', encoding="utf-8")
        source = loaders.read(page)
        loaders.extract(source)
        assert "Ban Tuyên giáo" in source.text
        assert _Recorder.hits == []
    finally:
        server.shutdown()


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                            for i in range(1, 10))
                  + ']><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
                  'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&lol9;</dc:title>'
                  "</cp:coreProperties>")


@pytest.mark.parametrize("member", ["docProps/core.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"])
def test_docx_entity_expansion_anywhere_is_refused(tmp_path: Path, member: str) -> None:
    path = _docx_with(tmp_path / "laughs.docx", member, BILLION_LAUGHS)
    with pytest.raises(loaders.ReadError, match="unsafe XML"):
        loaders.read(path)
