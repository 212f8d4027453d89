"""Neo4j settings from the environment or a config file, never from the command line or the code.

NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD from the environment win; otherwise the `[neo4j]` table (uri, user,
password) of $CITEGRAPH_CONFIG, else ./citegraph.toml, else ~/.config/citegraph/config.toml. The password is
only handed to the driver: it is never logged, printed or shown.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

KEYS = ("uri", "user", "password")


def config_files() -> list[Path]:
    """The config files looked at, first found wins."""
    if os.environ.get("CITEGRAPH_CONFIG"):
        return [Path(os.environ["CITEGRAPH_CONFIG"])]
    return [Path("citegraph.toml"), Path.home() / ".config" / "citegraph" / "config.toml"]


def neo4j_settings() -> dict[str, str | None]:
    """{"uri", "user", "password"}: each from NEO4J_* in the environment, else from the first config file."""
    from_file: dict[str, str] = {}
    for path in config_files():
        if path.is_file():
            try:
                table = tomllib.loads(path.read_text(encoding="utf-8")).get("neo4j", {})
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
                from graph.store import StoreError

                raise StoreError(f"cannot read the config file {path}: {type(e).__name__}") from None
            from_file = {k: str(table[k]) for k in KEYS if table.get(k) is not None}
            break
    return {k: os.environ.get(f"NEO4J_{k.upper()}") or from_file.get(k) for k in KEYS}
