"""A subverted parser, for the tests only: the child code swapped for an attacker's.

It enters exactly as every real child does (`workstation.confined.child.enter`), then,
where a real parser would parse, tries each way out of its confinement and reports
what happened: ``python -m tests.confined.hostile_child TOKEN``, the job as JSON on
stdin. The product never names this module (it lives in tests/, outside the installed
package) and no document can choose the module a child runs.

Each attempt ends as "refused: <error>" or "succeeded: <what it got>".
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

from workstation.confined.child import enter, exit_quietly

PTRACE_ATTACH = 16


def main() -> int:
    reply, _ = enter()
    job = json.loads(sys.stdin.buffer.read())
    results = {name: _attempt(attack, job) for name, attack in ATTACKS.items()}
    reply.write(json.dumps(results).encode())
    reply.flush()
    if job.get("hang"):
        reply.close()  # the reply is complete; then stay, as a runaway parser would
        while True:
            time.sleep(1)
    return 0


def _attempt(attack: Callable[[dict[str, Any]], object], job: dict[str, Any]) -> str:
    try:
        return f"succeeded: {attack(job)!r}"[:200]
    except BaseException as error:  # each way out must fail; any failure counts
        return f"refused: {type(error).__name__}: {error}"[:200]


def read_parent_command_line(job: dict[str, Any]) -> bytes:
    with open(f"/proc/{os.getppid()}/cmdline", "rb") as file:
        return file.read()


def read_passphrase_file_it_names(job: dict[str, Any]) -> bytes:
    """The file named after --passphrase-file, from the command line if that could be
    read, else from the attacker's guess (the test tells it the path)."""
    try:
        words = read_parent_command_line(job).split(b"\0")
        path = words[words.index(b"--passphrase-file") + 1].decode()
    except (OSError, ValueError, IndexError):
        path = job["passphrase_file"]
    with open(path, "rb") as file:
        return file.read()


def read_parent_memory(job: dict[str, Any]) -> bytes:
    with open(f"/proc/{os.getppid()}/mem", "rb") as memory:
        memory.seek(job["secret_address"])
        return memory.read(job["secret_length"])


def read_parent_environment(job: dict[str, Any]) -> bytes:
    with open(f"/proc/{os.getppid()}/environ", "rb") as file:
        return file.read()


def read_parent_memory_map(job: dict[str, Any]) -> bytes:
    with open(f"/proc/{os.getppid()}/maps", "rb") as file:
        return file.read(200)


def read_parent_memory_directly(job: dict[str, Any]) -> bytes:
    """process_vm_readv: another process's memory without /proc."""

    class IoVec(ctypes.Structure):
        _fields_ = [("base", ctypes.c_void_p), ("length", ctypes.c_size_t)]

    libc = ctypes.CDLL(None, use_errno=True)
    buffer = ctypes.create_string_buffer(job["secret_length"])
    local = IoVec(ctypes.cast(buffer, ctypes.c_void_p), job["secret_length"])
    remote = IoVec(job["secret_address"], job["secret_length"])
    done = libc.process_vm_readv(os.getppid(), ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
    if done < 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return buffer.raw[:done]


def attach_to_parent(job: dict[str, Any]) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.ptrace(PTRACE_ATTACH, os.getppid(), None, None) != 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return os.getppid()


def read_a_file_not_handed(job: dict[str, Any]) -> bytes:
    with open(job["unrelated_file"], "rb") as file:
        return file.read()


def connect_to_loopback(job: dict[str, Any]) -> str:
    with socket.create_connection(("127.0.0.1", job["port"]), timeout=2) as connection:
        connection.sendall(b"leaked")
        return "connected"


def connect_to_abstract_socket(job: dict[str, Any]) -> str:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(2)
        connection.connect("\0" + job["abstract_socket"])
        connection.sendall(b"leaked")
        return "connected"


def truncate_by_path(job: dict[str, Any]) -> int:
    os.truncate(job["victims"]["truncate"], 0)
    return os.stat(job["victims"]["truncate"]).st_size


def truncate_by_opening(job: dict[str, Any]) -> int:
    """O_TRUNC on a read-only open still truncates on Linux."""
    descriptor = os.open(job["victims"]["open_truncate"], os.O_RDONLY | os.O_TRUNC)
    os.close(descriptor)
    return os.stat(job["victims"]["open_truncate"]).st_size


def truncate_an_open_file(job: dict[str, Any]) -> int:
    with open(job["victims"]["write_truncate"], "r+b") as file:
        file.truncate(0)
    return os.stat(job["victims"]["write_truncate"]).st_size


def rename_a_file(job: dict[str, Any]) -> str:
    os.rename(job["victims"]["rename"], job["victims"]["rename"] + ".moved")
    return "renamed"


def delete_a_file(job: dict[str, Any]) -> str:
    os.unlink(job["victims"]["delete"])
    return "deleted"


def create_a_file(job: dict[str, Any]) -> str:
    with open(os.path.join(job["folder"], "planted.txt"), "xb"):
        return "created"


def link_a_file(job: dict[str, Any]) -> str:
    os.symlink("/etc/passwd", os.path.join(job["folder"], "planted-link"))
    return "linked"


def change_permissions(job: dict[str, Any]) -> str:
    os.chmod(job["victims"]["chmod"], 0o777)
    return oct(os.stat(job["victims"]["chmod"]).st_mode)


def signal_the_parent(job: dict[str, Any]) -> str:
    os.kill(os.getppid(), 0)  # signal 0: only asks whether it could
    return "could signal"


def leave_a_grandchild(job: dict[str, Any]) -> str:
    """Fork twice, the grandchild in a session of its own (unless the job says to stay in
    the child's process group), so that it outlives the child."""
    first = os.fork()
    if first == 0:
        if job.get("setsid", True):
            with contextlib.suppress(OSError):
                os.setsid()
        if os.fork() == 0:
            while True:  # the grandchild: keeps running, token in its command line
                time.sleep(1)
        os._exit(0)
    os.waitpid(first, 0)
    return "grandchild started"


def start_a_program(job: dict[str, Any]) -> str:
    """A program of its own, the token in its command line so the test can look for it."""
    pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", "sleep 600; :", sys.argv[1]], {})
    return f"started {pid}"


ATTACKS: dict[str, Callable[[dict[str, Any]], object]] = {
    "read_parent_command_line": read_parent_command_line,
    "read_passphrase_file_it_names": read_passphrase_file_it_names,
    "read_parent_memory": read_parent_memory,
    "read_parent_environment": read_parent_environment,
    "read_parent_memory_map": read_parent_memory_map,
    "read_parent_memory_directly": read_parent_memory_directly,
    "attach_to_parent": attach_to_parent,
    "read_a_file_not_handed": read_a_file_not_handed,
    "connect_to_loopback": connect_to_loopback,
    "connect_to_abstract_socket": connect_to_abstract_socket,
    "truncate_by_path": truncate_by_path,
    "truncate_by_opening": truncate_by_opening,
    "truncate_an_open_file": truncate_an_open_file,
    "rename_a_file": rename_a_file,
    "delete_a_file": delete_a_file,
    "create_a_file": create_a_file,
    "link_a_file": link_a_file,
    "change_permissions": change_permissions,
    "signal_the_parent": signal_the_parent,
    "leave_a_grandchild": leave_a_grandchild,
    "start_a_program": start_a_program,
}


if __name__ == "__main__":
    exit_quietly(main)
