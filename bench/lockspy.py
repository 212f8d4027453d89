"""Where a slow read's time goes, measured from outside the store: `install()` wraps the commit lock and a
read-only store's reopen (graph/embedded_store.py) without changing what they do, and records

- for the writer, each exclusive hold of the commit lock: when it began to wait, how long it waited (for the
  readers holding it shared to let go), how long it held it, and why (the store's functions that took it);
- for a reader's call, how long it waited for the lock, how long its reopen took (close, open of the new
  snapshot, its search mark), how many reads it tried again; the rest is its query.

Used by bench/readers.py --spy, which also runs the writer through this module:

    python bench/lockspy.py LOGFILE ingest --db ...     # `citegraph ingest ...` with its lock holds in LOGFILE
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: the reader's measures of its current call (`begin`, `end`)
_CALL = threading.local()
#: where the writer's holds go (JSON lines), set by `install`
_LOG: list[Any] = []
_LOG_LOCK = threading.Lock()
#: functions that only pass the lock on, left out of a hold's reason
_PLUMBING = {"_held", "__enter__", "__exit__", "inner", "helper", "spied", "_reason"}


def _reason() -> str:
    """The store's and the ingest's functions on the stack that took the lock, innermost first."""
    names: list[str] = []
    frame = sys._getframe(2)
    while frame is not None and len(names) < 5:
        file = frame.f_code.co_filename
        if ("graph/" in file or "graph\\" in file) and frame.f_code.co_name not in _PLUMBING:
            names.append(frame.f_code.co_name)
        frame = frame.f_back
    return "<".join(names)


def install(log_file: str | None = None) -> None:
    """Wrap the commit lock and a read-only store's reopen; with `log_file`, every exclusive hold is written to it."""
    import graph.embedded_store as es

    if getattr(es, "_spied", False):
        return
    es._spied = True
    real_lock = es.commit_lock
    if log_file:
        _LOG.append(open(log_file, "a", encoding="utf-8"))  # noqa: SIM115 - open for the process's life

    @contextmanager
    def spied(file: str, exclusive: bool, *args: Any, **kwargs: Any) -> Iterator[None]:
        reason = _reason() if exclusive else ""
        t0 = time.time()
        with real_lock(file, exclusive, *args, **kwargs):
            t1 = time.time()
            if not exclusive and getattr(_CALL, "on", False):
                _CALL.wait += t1 - t0
            try:
                yield
            finally:
                t2 = time.time()
                if exclusive and _LOG:
                    with _LOG_LOCK:
                        _LOG[0].write(json.dumps({"t0": t0, "wait": t1 - t0, "hold": t2 - t1, "reason": reason}) + "\n")
                        _LOG[0].flush()

    es.commit_lock = spied
    real_connection = es.EmbeddedStore._connection
    real_read_again = es.EmbeddedStore._read_again

    def connection(self: Any) -> Any:
        if not (self.read_only and getattr(_CALL, "on", False)):
            return real_connection(self)
        t0 = time.perf_counter()
        try:
            return real_connection(self)
        finally:
            _CALL.reopen += time.perf_counter() - t0

    def read_again(self: Any, error: str, deadline: float | None) -> bool:
        again = real_read_again(self, error, deadline)
        if again and getattr(_CALL, "on", False):
            _CALL.retries += 1
        return again

    es.EmbeddedStore._connection = connection
    for name in ("_close_db", "_open", "_read_search_mark"):
        setattr(es.EmbeddedStore, name, _timed(name, getattr(es.EmbeddedStore, name)))
    es.EmbeddedStore._read_again = read_again


def _timed(name: str, real: Any) -> Any:
    """`real` (a store's method), its seconds added to the reader's call's `parts[name]`."""

    def timed(self: Any, *args: Any) -> Any:
        if not (self.read_only and getattr(_CALL, "on", False)):
            return real(self, *args)
        t0 = time.perf_counter()
        try:
            return real(self, *args)
        finally:
            _CALL.parts[name] = _CALL.parts.get(name, 0.0) + time.perf_counter() - t0

    return timed


def parts() -> dict[str, float]:
    """The reopen's parts of the call that just ended (close, open, search mark), in seconds."""
    return dict(_CALL.parts)


def begin() -> None:
    """A reader's call starts: its measures from zero."""
    _CALL.on, _CALL.wait, _CALL.reopen, _CALL.retries, _CALL.parts = True, 0.0, 0.0, 0, {}


def end() -> tuple[float, float, int]:
    """A reader's call ended: seconds it waited for the lock, seconds its reopens took, reads tried again (a
    reopen of a snapshot that needed none costs one stat, under a millisecond)."""
    _CALL.on = False
    return _CALL.wait, _CALL.reopen, _CALL.retries


def read_log(log_file: str) -> list[dict[str, Any]]:
    try:
        with open(log_file, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []


if __name__ == "__main__":
    install(sys.argv[1])
    from graph.cli import main

    sys.argv = ["citegraph", *sys.argv[2:]]
    raise SystemExit(main())
