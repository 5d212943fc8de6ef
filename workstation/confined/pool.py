"""Pooled children: jobs forked by zygotes that have already imported the parsers.

`spawn.run` starts a fresh interpreter per job, which costs about a third of a second
before a byte is parsed; bulk intake of a leak cannot pay that per file. Inside
`pooled()`, `spawn.run` hands each job to one of a few zygotes instead
(`workstation.confined.zygote`), which forks a child per job. The child is confined and
isolated exactly as a fresh one (same plan, same report before the document, same
limits, Landlock ruleset and seccomp filter, its own network namespace), lives for one
job, and is killed with its process group when it ends. What differs is only where it
comes from: a copy of a process that holds the imported parser code and nothing else
(no key, no passphrase, no document: the document's pipes pass through it as
descriptors it never reads).

A zygote that dies is replaced, and the job it was given runs as a fresh child.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import queue
import socket
import subprocess
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from workstation.confined import spawn
from workstation.confined.limits import ChildLimits
from workstation.confined.zygote import CHILD_RULESET, KILL, MESSAGE_MAX

if TYPE_CHECKING:
    from workstation.confined.isolation import Isolation

ZYGOTE_MODULE = "workstation.confined.zygote"
_active: contextvars.ContextVar[Pool | None] = contextvars.ContextVar(
    "workstation_child_pool", default=None
)


class ZygoteGone(Exception):
    """The zygote exited (or never started): the job goes to a fresh child instead."""


def active() -> Pool | None:
    """The pool `spawn.run` hands jobs to in this context, if any."""
    return _active.get()


@contextlib.contextmanager
def pooled(size: int, preload: Sequence[str] = ()) -> Iterator[Pool]:
    """Within the block, children in this context (and in contexts copied from it) are
    forked by `size` zygotes that imported `preload` first."""
    pool = Pool(size, preload)
    token = _active.set(pool)
    try:
        yield pool
    finally:
        _active.reset(token)
        pool.close()


class Pool:
    """A few zygotes, each running one job at a time; `run` waits for a free one."""

    def __init__(self, size: int, preload: Sequence[str]) -> None:
        self._preload = tuple(preload)
        self._idle: queue.Queue[Zygote] = queue.Queue()
        self._all: list[Zygote] = []
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, size)):
            self._add()

    def _add(self) -> None:
        zygote = Zygote(self._preload)
        with self._lock:
            self._all.append(zygote)
        self._idle.put(zygote)

    def run(
        self,
        module: str,
        arguments: Sequence[str],
        payload: bytes,
        limits: ChildLimits,
        max_reply: int,
        isolation: Isolation | None = None,
    ) -> spawn.Finished | spawn.Stopped:
        """Like `spawn.run`, in a child forked by a free zygote."""
        zygote = self._idle.get()
        try:
            return zygote.run(module, arguments, payload, limits, max_reply, isolation)
        except ZygoteGone:
            zygote.close()
            with self._lock:
                self._all.remove(zygote)
            zygote = None  # type: ignore[assignment]
            if not self._closed:
                self._add()
            return spawn.run_fresh(module, arguments, payload, limits, max_reply, isolation)
        finally:
            if zygote is not None:
                self._idle.put(zygote)

    def pids(self) -> list[int]:
        """The zygotes' process ids (a replaced one gets a new id)."""
        with self._lock:
            return [zygote.pid for zygote in self._all]

    def close(self) -> None:
        self._closed = True
        with self._lock:
            zygotes, self._all = self._all, []
        for zygote in zygotes:
            zygote.close()


class Zygote:
    """One zygote process and the socket its jobs and their endings travel on."""

    def __init__(self, preload: Sequence[str]) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self._process = spawn.start_python(
                ZYGOTE_MODULE,
                [str(theirs.fileno()), str(os.getpid()), *preload],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(),),
            )
        finally:
            theirs.close()
        self._control = ours

    @property
    def pid(self) -> int:
        return self._process.pid

    def run(
        self,
        module: str,
        arguments: Sequence[str],
        payload: bytes,
        limits: ChildLimits,
        max_reply: int,
        isolation: Isolation | None,
    ) -> spawn.Finished | spawn.Stopped:
        from workstation.confined.isolation import EVERYTHING, prepared  # noqa: PLC0415

        with prepared(limits, isolation or EVERYTHING) as ours:
            ruleset = ours.landlock_fd  # handed over as the child's descriptor 3
            plan = replace(
                ours, parent=self.pid, landlock_fd=None if ruleset is None else CHILD_RULESET
            )
            stdin_read, stdin_write = os.pipe()
            stdout_read, stdout_write = os.pipe()
            job: dict[str, object] = {"module": module, "arguments": list(arguments)}
            job["timeout"] = limits.timeout_seconds
            handed = [stdin_read, stdout_write, *([] if ruleset is None else [ruleset])]
            try:
                socket.send_fds(self._control, [json.dumps(job).encode()], handed)
                started = self._receive()
            except (OSError, ZygoteGone):
                for descriptor in (stdin_write, stdout_read):
                    os.close(descriptor)
                raise ZygoteGone from None
            finally:
                os.close(stdin_read)
                os.close(stdout_write)
        if "pid" not in started:
            os.close(stdin_write)
            os.close(stdout_read)
            raise ZygoteGone
        ended = self._supervise(stdin_write, stdout_read, plan.to_line() + payload, max_reply)
        if isinstance(ended, spawn.Stopped):
            return ended
        return spawn.accept_reply(*ended)

    def _supervise(
        self, stdin_write: int, stdout_read: int, data: bytes, max_reply: int
    ) -> tuple[int, bytes] | spawn.Stopped:
        """Feed the child and read its reply up to the cap while the zygote watches it."""
        ending: dict[str, Any] = {}
        ended = threading.Event()

        def wait_for_ending() -> None:
            with contextlib.suppress(ZygoteGone):
                ending.update(self._receive())
            ended.set()

        def kill() -> None:
            with contextlib.suppress(OSError):
                self._control.send(KILL)

        def settle() -> None:
            waiter.join()
            stdout.close()

        waiter = threading.Thread(target=wait_for_ending, daemon=True)
        stdin = os.fdopen(stdin_write, "wb", buffering=0)
        stdout = os.fdopen(stdout_read, "rb", buffering=0)
        waiter.start()
        reply = spawn.converse(stdin, stdout, data, max_reply, ended, kill, settle)
        if not ending:
            raise ZygoteGone
        if ending.get("expired"):
            return spawn.Stopped("timeout")
        if reply is None:
            return spawn.Stopped("reply_too_long")
        return int(ending["returncode"]), reply

    def _receive(self) -> dict[str, Any]:
        message = self._control.recv(MESSAGE_MAX)
        if not message:
            raise ZygoteGone
        received: dict[str, Any] = json.loads(message)
        return received

    def close(self) -> None:
        """Close the socket (the zygote exits on it) and reap the process."""
        with contextlib.suppress(OSError):
            self._control.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
