"""A subverted parser tries every way out of the confined child: each one fails.

The hostile child (`hostile_child.py`) enters like every real child and then attacks;
its parent (`hostile_parent.py`) stands in for the workstation, naming a passphrase file
on its command line and holding the passphrase in memory. Further tests switch single
layers off, to show what each guarantees on its own (what a machine without the others
degrades to, as SECURITY.md says), and kill the parent to show the child goes with it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from workstation.confined import handover, syscall_filter

HERE = Path(__file__).resolve().parent
PARENT_SCRIPT = HERE / "hostile_parent.py"
PASSPHRASE = b"orbit lantern cobalt meadow thistle"
VICTIM_TEXT = b"an editor's notes, not to be touched\n"

PARENT_PROCESS = {
    "read_parent_command_line",
    "read_passphrase_file_it_names",
    "read_parent_memory",
    "read_parent_environment",
    "read_parent_memory_map",
    "read_parent_memory_directly",
    "attach_to_parent",
    "signal_the_parent",
}
FILES = {
    "read_a_file_not_handed",
    "truncate_by_path",
    "truncate_by_opening",
    "truncate_an_open_file",
    "rename_a_file",
    "delete_a_file",
    "create_a_file",
    "link_a_file",
    "change_permissions",
}
NETWORK = {"connect_to_loopback", "connect_to_abstract_socket"}
PROCESSES = {"leave_a_grandchild", "start_a_program"}
EVERY_ATTACK = PARENT_PROCESS | FILES | NETWORK | PROCESSES
PARENT_MEMORY = {
    "read_parent_memory",
    "read_parent_environment",
    "read_parent_memory_map",
    "read_parent_memory_directly",
    "attach_to_parent",
}
"""Closed by the parent itself (not dumpable) and the child's dropped capabilities."""


def landlock_abi() -> int:
    import landlockpy

    return landlockpy.abi_version()


def seccomp_available() -> bool:
    try:
        syscall_filter.compiled_program()
    except syscall_filter.FilterUnavailable:
        return False
    return True


needs_full_isolation = pytest.mark.skipif(
    landlock_abi() < 6 or not seccomp_available(),
    reason="this kernel lacks Landlock ABI 6 or seccomp: isolation is degraded here",
)


@dataclass
class Listener:
    """A loopback TCP listener (127.0.0.1 only) and an abstract UNIX socket that
    record whether anyone connected."""

    port: int
    abstract_name: str
    connections: list[str] = field(default_factory=list)


@pytest.fixture
def listener() -> Iterator[Listener]:
    tcp = socket.create_server(("127.0.0.1", 0))
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    name = f"workstation-test-{os.getpid()}-{time.monotonic_ns()}"
    unix.bind("\0" + name)
    unix.listen()
    found = Listener(tcp.getsockname()[1], name)
    stop = threading.Event()

    def accept(server: socket.socket, kind: str) -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            found.connections.append(kind)
            connection.close()

    threads = [
        threading.Thread(target=accept, args=(tcp, "tcp"), daemon=True),
        threading.Thread(target=accept, args=(unix, "unix"), daemon=True),
    ]
    for thread in threads:
        thread.start()
    yield found
    stop.set()
    for thread in threads:
        thread.join()
    tcp.close()
    unix.close()


@dataclass
class Scene:
    """The files around the workstation that the child must not reach."""

    folder: Path
    passphrase_file: Path
    unrelated_file: Path
    victims: dict[str, Path]
    token: str

    def job(self, listener: Listener, **extra: Any) -> dict[str, Any]:
        return {
            "passphrase_file": str(self.passphrase_file),
            "unrelated_file": str(self.unrelated_file),
            "victims": {name: str(path) for name, path in self.victims.items()},
            "folder": str(self.folder),
            "port": listener.port,
            "abstract_socket": listener.abstract_name,
            **extra,
        }

    def untouched(self, *, modes: bool = True) -> bool:
        """Every file there with its bytes (and permissions), and nothing added."""
        expected = ["passphrase", "id_ed25519", *(p.name for p in self.victims.values())]
        if sorted(p.name for p in self.folder.iterdir()) != sorted(expected):
            return False
        return all(
            path.read_bytes() == VICTIM_TEXT and (not modes or path.stat().st_mode & 0o777 == 0o600)
            for path in self.victims.values()
        )


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    folder = tmp_path / "home"
    folder.mkdir()
    passphrase_file = folder / "passphrase"
    passphrase_file.write_bytes(PASSPHRASE)
    unrelated = folder / "id_ed25519"
    unrelated.write_bytes(b"PRIVATE KEY")
    victims = {}
    for name in ("truncate", "open_truncate", "write_truncate", "rename", "delete", "chmod"):
        victims[name] = folder / f"{name}.txt"
        victims[name].write_bytes(VICTIM_TEXT)
        victims[name].chmod(0o600)
    found = Scene(folder, passphrase_file, unrelated, victims, f"hostile-{time.monotonic_ns()}")
    yield found
    for pid in processes_with(found.token):  # a degraded run may leave some: end them
        os.kill(pid, signal.SIGKILL)


def processes_with(token: str) -> list[int]:
    """Processes whose command line carries the token (the child and anything it left)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command_line = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if token.encode() in command_line.split(b"\0"):
            found.append(int(entry.name))
    return found


def start_parent(
    scene: Scene, listener: Listener, isolation: str, prefix: tuple[str, ...] = (), **job: Any
) -> subprocess.Popen[str]:
    command = [
        *prefix,
        sys.executable,
        str(PARENT_SCRIPT),
        "--passphrase-file",
        str(scene.passphrase_file),
        "--isolation",
        isolation,
        "--timeout",
        str(job.pop("timeout", 30)),
        *(["--pooled"] if job.pop("pooled", False) else []),
    ]
    job_file = scene.folder.parent / "job.json"
    job_file.write_text(json.dumps(scene.job(listener, **job)))
    with job_file.open("rb") as stdin:
        return subprocess.Popen(
            command,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "HOSTILE_TOKEN": scene.token},  # not in its command line
        )


def run_parent(
    scene: Scene, listener: Listener, isolation: str = "111", **job: Any
) -> tuple[dict[str, str], str]:
    parent = start_parent(scene, listener, isolation, **job)
    stdout, stderr = parent.communicate(timeout=120)
    assert parent.returncode == 0, stderr
    return json.loads(stdout), stderr


def refused(findings: dict[str, str]) -> set[str]:
    return {name for name, outcome in findings.items() if outcome.startswith("refused")}


def gone_soon(token: str, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while processes_with(token):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@needs_full_isolation
def test_every_escape_fails(scene: Scene, listener: Listener) -> None:
    findings, stderr = run_parent(scene, listener)
    assert findings.pop("returncode") == 0
    assert set(findings) == EVERY_ATTACK
    assert refused(findings) == EVERY_ATTACK, findings
    assert PASSPHRASE.decode() not in json.dumps(findings)
    assert scene.untouched()
    assert listener.connections == []
    assert processes_with(scene.token) == []
    assert "warning" not in stderr  # every mechanism took hold: nothing to degrade


@needs_full_isolation
def test_every_escape_fails_in_a_child_forked_by_a_zygote(
    scene: Scene, listener: Listener
) -> None:
    """Bulk intake's children come from a zygote that has the parsers imported: each is
    still confined and isolated on its own, and nothing of the zygote opens a way out
    (its parent-process attacks now aim at the zygote, which holds nothing)."""
    findings, stderr = run_parent(scene, listener, pooled=True)
    assert findings.pop("returncode") == 0
    assert refused(findings) == EVERY_ATTACK, findings
    assert PASSPHRASE.decode() not in json.dumps(findings)
    assert scene.untouched()
    assert listener.connections == []
    assert processes_with(scene.token) == []  # the zygote went with the run, and its child
    assert "warning" not in stderr


@needs_full_isolation
def test_a_hanging_forked_child_is_killed_by_its_zygote(scene: Scene, listener: Listener) -> None:
    findings, _ = run_parent(scene, listener, hang=True, timeout=3, pooled=True)
    assert findings == {"stopped": "timeout"}
    assert processes_with(scene.token) == []
    assert scene.untouched()


def test_a_forked_child_dies_with_the_workstation(scene: Scene, listener: Listener) -> None:
    """Kill -9 the workstation while a zygote's child runs: zygote and child go too."""
    parent = start_parent(scene, listener, "111", hang=True, timeout=600, pooled=True)
    deadline = time.monotonic() + 60
    while len(found := processes_with(scene.token)) < 2:  # the zygote, then its child
        assert time.monotonic() < deadline and parent.poll() is None, parent.communicate()
        time.sleep(0.05)
    zygotes = [pid for pid in found if parent_of(pid) == parent.pid]
    assert len(zygotes) == 1 and [parent_of(pid) for pid in found if pid not in zygotes] == zygotes
    parent.kill()
    parent.communicate()
    assert gone_soon(scene.token)


@needs_full_isolation
def test_a_hanging_child_is_killed_with_everything_it_started(
    scene: Scene, listener: Listener
) -> None:
    findings, _ = run_parent(scene, listener, hang=True, timeout=3)
    assert findings == {"stopped": "timeout"}
    assert processes_with(scene.token) == []
    assert scene.untouched()


def test_the_child_dies_with_its_parent(scene: Scene, listener: Listener) -> None:
    """Kill -9 the workstation while its child runs: the child must not run on."""
    parent = start_parent(scene, listener, "111", hang=True, timeout=600)
    deadline = time.monotonic() + 60
    while not (children := processes_with(scene.token)):
        assert time.monotonic() < deadline and parent.poll() is None, parent.communicate()
        time.sleep(0.05)
    assert children and all(parent_of(pid) == parent.pid for pid in children)
    parent.kill()
    parent.communicate()
    assert gone_soon(scene.token)


def parent_of(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("PPid:")).split()[1])


LAYERS_ALONE = {
    # Landlock alone: files and /proc, TCP (ABI 4), signals and abstract sockets (ABI 6),
    # programs (nothing handed is executable). It cannot stop fork, nor a change of
    # permissions (Landlock does not cover file metadata).
    "100": EVERY_ATTACK - {"leave_a_grandchild", "change_permissions"},
    # The network namespace alone: no route to loopback, and abstract UNIX sockets are
    # per namespace.
    "010": NETWORK | PARENT_MEMORY,
    # seccomp alone: sockets, processes, ptrace and every change to a file; it cannot
    # see which file is opened for reading, nor stop signals.
    "001": NETWORK | PROCESSES | PARENT_MEMORY | (FILES - {"read_a_file_not_handed"}),
    # Nothing but the parent's own protection and the child's dropped capabilities.
    "000": PARENT_MEMORY,
}


@pytest.mark.parametrize("isolation", sorted(LAYERS_ALONE))
def test_what_each_layer_stops_alone(scene: Scene, listener: Listener, isolation: str) -> None:
    if isolation[0] == "1" and landlock_abi() < 6:
        pytest.skip("Landlock ABI 6 is needed for signals and abstract sockets")
    if isolation[2] == "1" and not seccomp_available():
        pytest.skip("no seccomp here")
    findings, stderr = run_parent(scene, listener, isolation, setsid=False)
    assert findings.pop("returncode") == 0
    assert LAYERS_ALONE[isolation] <= refused(findings), findings
    assert stderr.count("warning:") == 1  # the degradation is said, once
    if isolation[2] == "1" or isolation[0] == "1":  # either keeps the files' contents
        assert scene.untouched(modes=isolation[2] == "1")
    # Whatever the child started in its own process group dies with it.
    assert gone_soon(scene.token)


def test_without_seccomp_a_timed_out_childs_group_is_killed_whole(
    scene: Scene, listener: Listener
) -> None:
    """With no filter to stop fork, a grandchild that stays in the child's process group
    (the parent can only find it there) is killed with the child."""
    findings, _ = run_parent(scene, listener, "100", hang=True, setsid=False, timeout=3)
    assert findings == {"stopped": "timeout"}
    assert gone_soon(scene.token, seconds=1.0)


@needs_full_isolation
@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv"
)
def test_without_privileges_the_child_makes_its_network_namespace_in_a_user_namespace(
    scene: Scene, listener: Listener
) -> None:
    """Editors are not root: with no capabilities at all, the child's network namespace
    comes from an unprivileged user namespace, and every escape still fails."""
    no_capabilities = ("setpriv", "--bounding-set", "-all", "--inh-caps", "-all")
    parent = start_parent(scene, listener, "111", prefix=no_capabilities)
    stdout, stderr = parent.communicate(timeout=120)
    assert parent.returncode == 0, stderr
    findings = json.loads(stdout)
    assert findings.pop("returncode") == 0
    assert refused(findings) == EVERY_ATTACK, findings
    assert "warning" not in stderr, stderr  # the namespace (and everything else) held
    assert scene.untouched() and listener.connections == []


def test_the_report_names_every_mechanism() -> None:
    """The words the child may report are the ones the parent knows how to explain."""
    from workstation.confined.isolation import CONSEQUENCES

    assert set(CONSEQUENCES) == set(handover.MECHANISMS)
