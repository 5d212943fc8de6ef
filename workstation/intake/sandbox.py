"""Run one parser in a separate, confined Python process.

Parsers for PDF, DOCX, email and HTML are large and see hostile input. Running them in a
child means a crash, a runaway loop or a memory blow-up costs one extraction, not the
workstation, and the limits in `confine` apply to the parser alone.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from workstation.confined.limits import ChildLimits
from workstation.intake import protocol
from workstation.intake.outcome import Parsed, Refused

CHILD_MODULE = "workstation.intake.child"
NO_TEMP_DIR = "/nonexistent/workstation-intake-no-temp"
"""Where the child is told temporary files go: nowhere, so no text lands on disk."""

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


REPLY_BYTES_PER_CHAR = 6
"""JSON needs at most six bytes per extracted character (a control character as \\u0001)."""
REPLY_OVERHEAD = 1024 * 1024
_READ_CHUNK = 1024 * 1024


def run_child(kind: str, data: bytes, limits: ChildLimits) -> Parsed | Refused:
    """Parse `data` as `kind` in a child process; failures come back as `Refused`."""
    cap = REPLY_BYTES_PER_CHAR * limits.max_text_chars + REPLY_OVERHEAD
    finished = run_job(kind, data, limits, cap)
    if isinstance(finished, Refused):
        return finished
    return _verdict(*finished)


def run_job(job: str, data: bytes, limits: ChildLimits, max_reply: int
            ) -> tuple[int, bytes] | Refused:
    """Run one child job; its exit status and reply, or why there is none.

    The reply is read up to `max_reply` bytes: a child that says more (a subverted
    parser flooding the pipe) is killed and reads as a crash, so the parent's memory
    stays bounded whatever the document does.
    """
    expired = threading.Event()
    with subprocess.Popen(
        [sys.executable, "-m", CHILD_MODULE, job],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=child_environment(),
        cwd=_PACKAGE_ROOT,
    ) as child:
        assert child.stdin is not None and child.stdout is not None  # both are pipes

        def expire() -> None:
            expired.set()
            child.kill()

        timer = threading.Timer(limits.timeout_seconds, expire)
        feeder = threading.Thread(
            target=_feed, args=(child.stdin, limits.to_json() + data), daemon=True
        )
        timer.start()
        feeder.start()
        try:
            reply = _read_capped(child.stdout, max_reply)
            if reply is None:
                child.kill()
            returncode = child.wait()
        finally:
            timer.cancel()
        feeder.join()
    if expired.is_set():
        return Refused("timeout")
    return Refused("crashed") if reply is None else (returncode, reply)


def _feed(pipe: IO[bytes], payload: bytes) -> None:
    """Write the limits and the document; a child that stops reading ends the feeding."""
    # The child may exit or be killed before reading it all: nothing left to do then.
    with contextlib.suppress(OSError):
        pipe.write(payload)
    with contextlib.suppress(OSError):
        pipe.close()


def _read_capped(pipe: IO[bytes], cap: int) -> bytes | None:
    """Everything the child writes, or None once it passes `cap` bytes."""
    chunks, size = [], 0
    while chunk := os.read(pipe.fileno(), _READ_CHUNK):
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def child_environment() -> dict[str, str]:
    """A minimal environment: no secrets from ours, no usable temporary directory.

    The working directory is the one holding our package, so `-m` finds this code and
    not a look-alike module in whatever directory the workstation was started from.
    """
    return {
        "PATH": os.defpath,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
        "TMPDIR": NO_TEMP_DIR,
        "TEMP": NO_TEMP_DIR,
        "TMP": NO_TEMP_DIR,
        "PYMUPDF_SUGGEST_LAYOUT_ANALYZER": "0",
    }


def _verdict(returncode: int, stdout: bytes) -> Parsed | Refused:
    """Map how the child ended to an outcome; its stderr was never read."""
    if returncode == -signal.SIGXCPU:
        return Refused("timeout")
    if returncode != 0:
        return Refused("crashed")
    try:
        return protocol.decode(stdout)
    except protocol.BadReply:
        return Refused("crashed")
