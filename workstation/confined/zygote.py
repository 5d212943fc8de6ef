"""The zygote: a process that has imported the parsers once and forks one child per job.

Starting Python and importing a parser is most of what a confined child costs (about a
third of a second); a whole leak's worth of small files cannot pay that each. The
zygote is started like any child (a fresh interpreter, our minimal environment, no
variable, file or memory of the workstation's), imports the modules it is told to,
and then waits for jobs on a socket. It never sees a document: each job brings the
child's stdin and stdout pipes (and the Landlock ruleset) as descriptors, which the
zygote hands to a forked child and closes at once. Each forked child then enters
exactly as a freshly started one does (`child.enter`: death signal, plan, limits,
isolation, report) before reading a byte, so every per-file guarantee still holds,
and it exits after one job: no parser state outlives its document.

The zygote enforces what the child cannot enforce on itself: its wall-clock time, and
killing its whole process group when it ends. It dies with the workstation.

    python -m workstation.confined.zygote SOCKET_FD PARENT_PID MODULE...
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import runpy
import select
import signal
import socket
import sys
import time
from typing import Any, NoReturn

from workstation.confined import kernel

MESSAGE_MAX = 64 * 1024
MAX_DESCRIPTORS = 3
CHILD_STDIN, CHILD_STDOUT, CHILD_RULESET = 0, 1, 3
"""Where a forked child finds its pipes and its Landlock ruleset (the plan names 3)."""
EXIT_FAILED = 70
KILL = b"kill"
"""What the workstation sends to have the running child killed (its reply is too long)."""


def main(argv: list[str]) -> int:
    """Preload, then serve jobs until the workstation closes the socket."""
    kernel.kill_me_when_parent_dies()
    with contextlib.suppress(OSError):  # a child cannot read or trace it (nor its socket)
        kernel.make_undumpable()
    control = socket.socket(fileno=int(argv[1]))
    if os.getppid() != int(argv[2]):  # the workstation died before the death signal was set
        return EXIT_FAILED
    for module in argv[3:]:
        with contextlib.suppress(Exception):  # a child importing it itself says why
            importlib.import_module(module)
    while _serve_one(control):
        pass
    return 0


def _serve_one(control: socket.socket) -> bool:
    """Run one job to its end; False when the workstation has gone."""
    try:
        message, descriptors, _, _ = socket.recv_fds(control, MESSAGE_MAX, MAX_DESCRIPTORS)
    except OSError:
        return False
    if not message:
        return False
    if message == KILL and not descriptors:
        return True  # asked to kill a child that had ended already: nothing to do
    job = json.loads(message)
    pid = os.fork()
    if pid == 0:
        control.close()
        _become_child(job, descriptors)
    for descriptor in descriptors:
        os.close(descriptor)
    control.sendall(json.dumps({"pid": pid}).encode())
    ended = _supervise(control, pid, float(job["timeout"]))
    control.sendall(json.dumps(ended).encode())
    return not ended.get("parent_gone", False)


def _become_child(job: dict[str, Any], descriptors: list[int]) -> NoReturn:
    """In the forked child: its own session, its pipes on 0 and 1, nothing else open,
    then the job's module as `python -m` would run it."""
    try:
        os.setsid()
        stdin, stdout, *ruleset = descriptors
        os.dup2(stdin, CHILD_STDIN)
        os.dup2(stdout, CHILD_STDOUT)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        if ruleset:
            os.dup2(ruleset[0], CHILD_RULESET)
        os.closerange(CHILD_RULESET + (1 if ruleset else 0), os.sysconf("SC_OPEN_MAX"))
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        sys.argv = [str(job["module"]), *map(str, job["arguments"])]
        runpy.run_module(str(job["module"]), run_name="__main__", alter_sys=True)
    finally:
        os._exit(EXIT_FAILED)  # the module exits by itself; reaching here is a failure


def _supervise(control: socket.socket, pid: int, timeout: float) -> dict[str, Any]:
    """Wait for the child, killing its group past `timeout` or when the workstation
    asks (a reply past its cap); then kill what it left and reap it."""
    deadline = time.monotonic() + timeout
    expired = killed = parent_gone = False
    child = os.pidfd_open(pid)
    poller = select.poll()
    poller.register(child, select.POLLIN)
    poller.register(control, select.POLLIN)
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                expired = True
                _kill_group(pid)
                break
            ready = {fd for fd, _ in poller.poll(int(left * 1000) + 1)}
            if child in ready:
                break
            if control.fileno() in ready:
                request = control.recv(MESSAGE_MAX)
                parent_gone = not request
                killed = True
                _kill_group(pid)
                break
    finally:
        os.close(child)
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    _kill_group(pid)  # leftovers of a child that exited (its zombie keeps the group's id)
    _, status = os.waitpid(pid, 0)
    return {
        "returncode": os.waitstatus_to_exitcode(status),
        "expired": expired,
        "killed": killed,
        "parent_gone": parent_gone,
    }


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


if __name__ == "__main__":
    status = EXIT_FAILED
    try:
        status = main(sys.argv)
    except BaseException:
        status = EXIT_FAILED
    os._exit(status)
