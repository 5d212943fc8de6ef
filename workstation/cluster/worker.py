"""Running a scheduler or a worker that keeps every text in memory and off the disk.

What a Dask worker writes, and what stops it here:

- its scratch folder (``local_directory``: a lock file, uploaded files, and the spill
  store where it moves results under memory pressure): put in a fresh folder on a
  memory file system (tmpfs), refused if none is found, and removed on exit;
- spilling itself: the memory thresholds are off (``memory_limit=0`` and target,
  spill, pause and terminate disabled), so results stay in a plain dictionary;
- temporary files of any library: ``TMPDIR`` points into the same memory folder;
- byte code: not written (the package is compiled when installed);
- core dumps: none (``workstation`` sets RLIMIT_CORE to 0 and the process undumpable
  at start-up, ``confined.parent.protect_process``, before a worker holds any text);
- logs: Dask logs a failed task's arguments, so the task never fails (``task``); its
  other lines name addresses and timings only.

Dask also opens a plain HTTP server on every scheduler and worker (dashboard, health,
task and worker listings): it gets no routes here and listens on loopback only, so
nothing about the scan is served without TLS. The scheduler holds tasks (texts
included) in memory while they run and writes no scratch folder of its own.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workstation.cluster.errors import ClusterRefused
from workstation.cluster.security import security_for

MEMORY_FILE_SYSTEMS = ("tmpfs", "ramfs")
NO_SPILLING = {
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    "distributed.worker.memory.terminate": False,
    "distributed.worker.profile.enabled": False,
}
NO_HTTP: dict[str, list[str]] = {
    "distributed.scheduler.http.routes": [],
    "distributed.worker.http.routes": [],
}
HTTP_ON_LOOPBACK = "127.0.0.1:0"


def run_scheduler(
    certificates: Path, host: str, port: int, announce: Callable[[str], None]
) -> None:
    """Serve on tls://HOST:PORT until interrupted; ``announce`` hears the address."""
    import dask  # noqa: PLC0415
    from distributed import Scheduler  # noqa: PLC0415 - Dask loads in a second

    security = security_for(certificates, "scheduler")

    async def serve() -> None:
        async with Scheduler(
            host=host,
            port=port,
            protocol="tls",
            security=security,
            dashboard=False,
            dashboard_address=HTTP_ON_LOOPBACK,
        ) as scheduler:
            _close_on_signals(scheduler)
            announce(scheduler.address)
            await scheduler.finished()

    with dask.config.set(NO_HTTP):
        asyncio.run(serve())


def run_worker(
    scheduler: str, certificates: Path, host: str | None, announce: Callable[[str], None]
) -> None:
    """Join ``scheduler`` with one thread (spaCy holds the GIL: run one per core) and
    serve batches until interrupted, every scratch file in memory."""
    import dask  # noqa: PLC0415 - Dask loads in a second
    from distributed import Worker  # noqa: PLC0415

    from workstation.cluster.client import checked_address  # noqa: PLC0415

    address = checked_address(scheduler)  # first: nothing is made for a plain-TCP one
    security = security_for(certificates, "worker")
    scratch = Path(tempfile.mkdtemp(prefix="workstation-worker-", dir=memory_folder()))
    os.environ["TMPDIR"] = str(scratch)
    tempfile.tempdir = str(scratch)
    sys.dont_write_bytecode = True

    async def serve() -> None:
        async with Worker(
            address,
            host=host,
            protocol="tls",
            security=security,
            nthreads=1,
            memory_limit=0,
            local_directory=str(scratch),
            dashboard=False,
            dashboard_address=HTTP_ON_LOOPBACK,
        ) as worker:
            _close_on_signals(worker)
            announce(worker.address)
            await worker.finished()

    try:
        with dask.config.set({**NO_SPILLING, **NO_HTTP}):
            asyncio.run(serve())
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _close_on_signals(server: Any) -> None:
    """Interrupt or termination closes the server cleanly, so the scratch folder goes."""
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, lambda: asyncio.ensure_future(server.close()))


def memory_folder() -> Path:
    """A writable folder on a memory file system: $XDG_RUNTIME_DIR or /dev/shm."""
    candidates = [os.environ.get("XDG_RUNTIME_DIR", ""), "/dev/shm"]  # noqa: S108 - tmpfs
    for candidate in filter(None, candidates):
        path = Path(candidate)
        if path.is_dir() and os.access(path, os.W_OK) and on_memory_file_system(path):
            return path
    raise ClusterRefused(
        "no memory file system (tmpfs) to keep the worker's scratch files in: a worker "
        "writes nothing to disk, so mount one at /dev/shm or set XDG_RUNTIME_DIR to one"
    )


def on_memory_file_system(path: Path) -> bool:
    """Whether the mount holding ``path`` is tmpfs or ramfs (the longest mount point wins)."""
    resolved, best, kind = str(path.resolve()), "", ""
    try:
        mounts = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return False
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind in MEMORY_FILE_SYSTEMS
