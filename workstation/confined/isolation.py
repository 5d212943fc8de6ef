"""The isolation a child gets on this machine, prepared by the parent for each child.

Layers, each holding on its own where the others are missing (see SECURITY.md, "The
confined child"): a Landlock ruleset (read only the code it runs; no TCP; no signals
or abstract sockets outside its domain), a seccomp filter (no sockets, processes,
file changes or kernel attack surface), a network namespace of its own, no
capabilities and no new privileges, and a death signal tied to the parent. The parent
builds the ruleset and the filter with their bindings (landlockpy, pyseccomp), so a
child loads neither. Where the kernel or a library lacks a mechanism, the child runs
without it and the workstation says so, once per process, in one line on stderr (and
the review UI, where Textual holds stderr, shows the same line: `warning_line`).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workstation.confined import handed, handover, syscall_filter
from workstation.confined.limits import ChildLimits

if TYPE_CHECKING:
    from landlockpy import Ruleset


@dataclass(frozen=True)
class Isolation:
    """Which mechanisms the parent asks a child to use; the default asks for all.

    Tests switch single layers off to show that each of the others holds alone, and what
    a machine without it degrades to.
    """

    network_namespace: bool = True
    landlock: bool = True
    seccomp: bool = True


EVERYTHING = Isolation()

CONSEQUENCES = {
    handover.LANDLOCK: "Landlock (children can read any file you can)",
    handover.SECCOMP: "a seccomp filter (children can open sockets, start processes and "
    "rename, truncate or delete your files)",
    handover.NETWORK_NAMESPACE: "a network namespace (only the seccomp filter keeps "
    "children off the network)",
    handover.CAPABILITIES_DROPPED: "dropping capabilities",
    handover.NO_NEW_PRIVILEGES: "no-new-privileges",
    handover.PARENT_DEATH_SIGNAL: "a parent-death signal",
}

_noted = threading.Event()
_note_lock = threading.Lock()
_said: list[str] = []


@contextlib.contextmanager
def prepared(limits: ChildLimits, isolation: Isolation) -> Iterator[handover.Plan]:
    """The plan for one child; a Landlock ruleset descriptor in it lives until the
    block ends (the child has inherited it by then)."""
    ruleset = _landlock_ruleset() if isolation.landlock else None
    try:
        yield handover.Plan(
            limits=limits,
            parent=os.getpid(),
            network_namespace=isolation.network_namespace,
            landlock_fd=None if ruleset is None else ruleset.fileno(),
            seccomp_program=_seccomp_program() if isolation.seccomp else None,
        )
    finally:
        if ruleset is not None:
            ruleset.close()


def note_missing(held: frozenset[str]) -> None:
    """Say once per process, in one line on stderr, which mechanisms a child lacked."""
    missing = [name for name in handover.MECHANISMS if name not in held]
    if not missing or _noted.is_set():
        return
    with _note_lock:
        if _noted.is_set():
            return
        lacking = "; ".join(CONSEQUENCES[name] for name in missing)
        line = (
            f"parser children on this machine run without {lacking}; "
            "see SECURITY.md, 'The confined child'"
        )
        _said[:] = [line]
        _noted.set()
        print(f"warning: {line}", file=sys.stderr, flush=True)


def warning_line() -> str | None:
    """The sentence `note_missing` said in this process (without "warning: "), if any."""
    return _said[0] if _noted.is_set() and _said else None


def _seccomp_program() -> bytes | None:
    try:
        return syscall_filter.compiled_program()
    except syscall_filter.FilterUnavailable:
        return None


def _landlock_ruleset() -> Ruleset | None:
    """A fresh ruleset for one child: read-only beneath the handed paths, no TCP, no
    signals or abstract UNIX sockets beyond the child; None without Landlock."""
    try:
        import landlockpy  # noqa: PLC0415 (only when a child is started)

        if not landlockpy.supported():
            return None
        scoped = landlockpy.Scope.ABSTRACT_UNIX_SOCKET | landlockpy.Scope.SIGNAL
        ruleset = landlockpy.Ruleset(scoped=scoped)
    except (ImportError, OSError):
        return None
    read = landlockpy.AccessFS.READ_FILE | landlockpy.AccessFS.READ_DIR
    try:
        for directory in handed.readable_directories():
            ruleset.allow_path(directory, read)
        for path in handed.readable_files():
            ruleset.allow_path(path, landlockpy.AccessFS.READ_FILE)
    except OSError:
        ruleset.close()
        return None
    return ruleset
