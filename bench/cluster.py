"""A real Dask cluster on loopback for the tests and benchmarks: `dask scheduler` and `dask worker` processes.

    with loopback_cluster(workers=2) as address:   # tcp://127.0.0.1:PORT
        ...

The processes are the command-line programs a user starts on their machines (one thread a worker, no
dashboard), each in a folder of its own so that only absolute paths reach the files; they are stopped (by
their own process ids) when the block ends.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DASK = Path(sys.executable).with_name("dask")  # the `dask` command of this environment
START_SECONDS = 120  # for the scheduler to write its address, and for every worker to join it


def _stop(processes: list[subprocess.Popen]) -> None:
    for p in reversed(processes):  # workers first, then the scheduler
        if p.poll() is None:
            p.terminate()
    for p in processes:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def _address(scheduler_file: Path, scheduler: subprocess.Popen, log: Path) -> str:
    """The scheduler's address, once it has written its file."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if scheduler.poll() is not None:
            raise RuntimeError(f"dask scheduler exited ({scheduler.returncode}):\n{log.read_text()[-2000:]}")
        try:
            return json.loads(scheduler_file.read_text())["address"]
        except (OSError, ValueError, KeyError):
            time.sleep(0.2)
    raise RuntimeError(f"dask scheduler wrote no address in {START_SECONDS} s:\n{log.read_text()[-2000:]}")


def _wait_for_workers(address: str, workers: int) -> None:
    from distributed import Client

    with Client(address, timeout=START_SECONDS, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=START_SECONDS)


@contextmanager
def loopback_cluster(workers: int = 2, threads: int = 1) -> Iterator[str]:
    """A `dask scheduler` on 127.0.0.1 (a free port) and `workers` `dask worker` processes joined to it."""
    processes: list[subprocess.Popen] = []
    with tempfile.TemporaryDirectory(prefix="citegraph-dask-") as tmp:
        root = Path(tmp)
        scheduler_file = root / "scheduler.json"
        log = root / "scheduler.log"
        try:
            with log.open("w") as out:
                processes.append(subprocess.Popen(
                    [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                     "--scheduler-file", str(scheduler_file)],
                    cwd=root, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))
            address = _address(scheduler_file, processes[0], log)
            for i in range(workers):
                folder = root / f"worker-{i}"
                folder.mkdir()
                with (folder / "worker.log").open("w") as out:
                    processes.append(subprocess.Popen(
                        [str(DASK), "worker", address, "--host", "127.0.0.1", "--nthreads", str(threads),
                         "--nworkers", "1", "--no-nanny", "--no-dashboard", "--memory-limit", "0",
                         "--local-directory", str(folder), "--name", f"worker-{i}"],
                        cwd=folder, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))
            _wait_for_workers(address, workers)
            yield address
        finally:
            _stop(processes)
