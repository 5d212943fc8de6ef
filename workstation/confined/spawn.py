"""Start a confined child, feed it, and read its reply up to a cap: how every child runs.

The child gets the plan line (limits and isolation, see `handover`), then the caller's
payload, on stdin; it answers on stdout, first with a line saying which isolation took
hold. The parent enforces what the child cannot enforce on itself: a wall-clock time,
and a cap on the reply, so a subverted parser flooding the pipe costs one job and never
the parent's memory. The child starts in a session of its own, and its whole process
group is killed when it ends, times out or overflows its cap.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Literal

from workstation.confined.environment import PACKAGE_ROOT, child_environment
from workstation.confined.limits import ChildLimits

if TYPE_CHECKING:
    from workstation.confined.isolation import Isolation

_READ_CHUNK = 1024 * 1024
_POLL_MILLISECONDS = 100
FEEDER_GRACE_SECONDS = 1.0


@dataclass(frozen=True)
class Finished:
    """A child that ended by itself in time: its exit status and its reply (the
    isolation report removed)."""

    returncode: int
    reply: bytes


@dataclass(frozen=True)
class Stopped:
    """A child the parent killed (past its wall-clock time, or replying past the cap), or
    one that never reported its isolation, whose reply is therefore not read."""

    reason: Literal["timeout", "reply_too_long", "unconfined"]


def run(
    module: str,
    arguments: Sequence[str],
    payload: bytes,
    limits: ChildLimits,
    max_reply: int,
    isolation: Isolation | None = None,
) -> Finished | Stopped:
    """Run `python -m module arguments...` confined to `limits` and isolated (every
    mechanism unless `isolation` says otherwise); at most `max_reply` bytes of its reply
    are read. Its stderr is never read. Inside `pool.pooled()` the child is forked by a
    zygote that has the parsers imported already (see `pool`), confined the same way."""
    from workstation.confined import pool  # noqa: PLC0415 (only the parent needs it)

    pooled = pool.active()
    if pooled is not None:
        return pooled.run(module, arguments, payload, limits, max_reply, isolation)
    return run_fresh(module, arguments, payload, limits, max_reply, isolation)


def run_fresh(
    module: str,
    arguments: Sequence[str],
    payload: bytes,
    limits: ChildLimits,
    max_reply: int,
    isolation: Isolation | None = None,
) -> Finished | Stopped:
    """`run` in a freshly started interpreter."""
    # The children import this module too (through their packages): what only the
    # parent needs is imported here, so that no child pays for it at start-up.
    from workstation.confined.isolation import EVERYTHING, prepared  # noqa: PLC0415

    with prepared(limits, isolation or EVERYTHING) as plan:
        child = start_python(
            module,
            arguments,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            pass_fds=() if plan.landlock_fd is None else (plan.landlock_fd,),
        )
    with child:
        ended = _supervise(child, plan.to_line() + payload, limits.timeout_seconds, max_reply)
    if isinstance(ended, Stopped):
        return ended
    return accept_reply(*ended)


def start_python(
    module: str,
    arguments: Sequence[str],
    *,
    stdin: int | None,
    stdout: int | None,
    pass_fds: Sequence[int],
) -> subprocess.Popen[bytes]:
    """Start `python -m module arguments...` the way every child and zygote starts: our
    interpreter, none of our environment, the package root as working directory, and a
    session of its own (its group can be killed whole; ctrl-c at the terminal reaches
    us, not it). Its stderr goes nowhere."""
    return subprocess.Popen(
        [sys.executable, "-m", module, *arguments],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.DEVNULL,
        bufsize=0,  # closing stdin never waits on a feeder blocked in a write
        env=child_environment(),
        cwd=PACKAGE_ROOT,
        start_new_session=True,
        pass_fds=tuple(pass_fds),
    )


def accept_reply(returncode: int, reply: bytes) -> Finished | Stopped:
    """The child's reply without its isolation report, or `Stopped("unconfined")` when it
    does not start with one (nothing after it is trusted then); a mechanism that did not
    hold is noted once per process."""
    from workstation.confined import handover  # noqa: PLC0415 (only the parent needs it)
    from workstation.confined.isolation import note_missing  # noqa: PLC0415

    report = handover.split_report(reply)
    if report is None:
        return Stopped("unconfined")
    held, rest = report
    note_missing(held)
    return Finished(returncode, rest)


class _ProcessGroup:
    """The child's process group (its id is the child's pid), killed whole.

    Killing stops once the child is about to be reaped, since its pid may then be
    reused; until then its zombie keeps the id taken. `ended` is set when the child has
    exited or was killed: from then on only what is already in the pipe is read, since
    something it left behind may hold the pipe open.
    """

    def __init__(self, pid: int) -> None:
        self._pid = pid
        self._lock = threading.Lock()
        self._reaped = False
        self.expired = False
        self.ended = threading.Event()

    def kill(self) -> None:
        with self._lock:
            if not self._reaped:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self._pid, signal.SIGKILL)

    def expire(self) -> None:
        self.expired = True
        self.kill()
        self.ended.set()

    def wait_then_kill_leftovers(self) -> None:
        """Wait for the child to exit (without reaping it), then kill what it left."""
        with contextlib.suppress(ChildProcessError):
            os.waitid(os.P_PID, self._pid, os.WEXITED | os.WNOWAIT)
        self.kill()
        with self._lock:
            self._reaped = True
        self.ended.set()


def _supervise(
    child: subprocess.Popen[bytes], data: bytes, timeout: float, max_reply: int
) -> tuple[int, bytes] | Stopped:
    """Feed the child, read its reply up to the cap, and see its whole group killed."""
    assert child.stdin is not None and child.stdout is not None  # both are pipes
    group = _ProcessGroup(child.pid)
    waiter = threading.Thread(target=group.wait_then_kill_leftovers, daemon=True)
    timer = threading.Timer(timeout, group.expire)
    waiter.start()
    timer.start()
    returncode = 0

    def settle() -> None:
        nonlocal returncode
        waiter.join()
        returncode = child.wait()
        timer.cancel()

    reply = converse(child.stdin, child.stdout, data, max_reply, group.ended, group.kill, settle)
    if group.expired:
        return Stopped("timeout")
    return Stopped("reply_too_long") if reply is None else (returncode, reply)


def converse(
    stdin: IO[bytes],
    stdout: IO[bytes],
    data: bytes,
    max_reply: int,
    ended: threading.Event,
    stop: Callable[[], None],
    settle: Callable[[], None],
) -> bytes | None:
    """Feed `data` to the child while reading its reply, up to `max_reply` bytes, until
    the pipe ends or `ended` is set and the pipe is quiet. Past the cap, or when reading
    is interrupted (ctrl-c), `stop` has the child killed: it must not run on. `settle`
    then runs whatever happened (wait for the child's ending), before the feeder is
    given a moment to finish. None when the reply passed the cap."""
    feeder = threading.Thread(target=feed, args=(stdin, data), daemon=True)
    feeder.start()
    reply: bytes | None = None
    try:
        reply = read_capped(stdout, max_reply, ended)
    finally:
        if reply is None:
            stop()
        settle()
    feeder.join(FEEDER_GRACE_SECONDS)  # only a leftover holding stdin could block it
    return reply


def feed(pipe: IO[bytes], payload: bytes) -> None:
    """Write the plan and the payload; a child that stops reading ends the feeding."""
    # The child may exit or be killed before reading it all: nothing left to do then.
    with contextlib.suppress(OSError):
        pipe.write(payload)
    with contextlib.suppress(OSError):
        pipe.close()


def read_capped(pipe: IO[bytes], cap: int, ended: threading.Event) -> bytes | None:
    """Everything the child writes, or None once it passes `cap` bytes. Reading stops at
    the end of the pipe, or once the child has ended and the pipe is quiet."""
    poller = select.poll()
    poller.register(pipe.fileno(), select.POLLIN)
    chunks, size = [], 0
    while True:
        if not poller.poll(_POLL_MILLISECONDS):
            if ended.is_set():
                break
            continue
        chunk = os.read(pipe.fileno(), _READ_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
