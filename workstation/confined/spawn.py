"""Start a confined child, feed it, and read its reply up to a cap: how every child runs.

The child gets the limits line, then the caller's payload, on stdin; it answers on
stdout. The parent enforces what the child cannot enforce on itself: a wall-clock
time, and a cap on the reply, so a subverted parser flooding the pipe costs one job
and never the parent's memory.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Literal

from workstation.confined.environment import PACKAGE_ROOT, child_environment
from workstation.confined.limits import ChildLimits

_READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Finished:
    """A child that ended by itself in time: its exit status and its whole reply."""

    returncode: int
    reply: bytes


@dataclass(frozen=True)
class Stopped:
    """A child the parent killed: past its wall-clock time, or replying past the cap."""

    reason: Literal["timeout", "reply_too_long"]


def run(
    module: str, arguments: Sequence[str], payload: bytes, limits: ChildLimits, max_reply: int
) -> Finished | Stopped:
    """Run `python -m module arguments...` confined to `limits`; at most `max_reply` bytes
    of its reply are read. Its stderr is never read."""
    expired = threading.Event()
    with subprocess.Popen(
        [sys.executable, "-m", module, *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=child_environment(),
        cwd=PACKAGE_ROOT,
    ) as child:
        assert child.stdin is not None and child.stdout is not None  # both are pipes

        def expire() -> None:
            expired.set()
            child.kill()

        timer = threading.Timer(limits.timeout_seconds, expire)
        feeder = threading.Thread(
            target=_feed, args=(child.stdin, limits.to_json() + payload), daemon=True
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
        return Stopped("timeout")
    return Stopped("reply_too_long") if reply is None else Finished(returncode, reply)


def _feed(pipe: IO[bytes], payload: bytes) -> None:
    """Write the limits and the payload; a child that stops reading ends the feeding."""
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
