"""What the parent hands a child before the document, and what the child reports back.

The parent writes one line (the plan: limits, who the parent is, the Landlock ruleset
descriptor, the compiled seccomp program) before the payload; the child applies it and
answers one line naming each mechanism that took hold, before it reads a byte of the
document. A subverted parser can write only after that line, so it cannot make the
parent believe the isolation was weaker (or stronger) than it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from workstation.confined.limits import ChildLimits

PLAN_LINE_MAX = 64 * 1024
REPORT_PREFIX = b"isolated:"
REPORT_LINE_MAX = 256

PARENT_DEATH_SIGNAL = "parent-death-signal"
NO_NEW_PRIVILEGES = "no-new-privileges"
CAPABILITIES_DROPPED = "capabilities-dropped"
NETWORK_NAMESPACE = "network-namespace"
LANDLOCK = "landlock"
SECCOMP = "seccomp"
MECHANISMS = (
    PARENT_DEATH_SIGNAL,
    NO_NEW_PRIVILEGES,
    CAPABILITIES_DROPPED,
    NETWORK_NAMESPACE,
    LANDLOCK,
    SECCOMP,
)


@dataclass(frozen=True)
class Plan:
    """How one child is to confine itself."""

    limits: ChildLimits
    parent: int
    """The parent's pid: a child whose parent is already gone exits at once."""
    network_namespace: bool = True
    landlock_fd: int | None = None
    """A Landlock ruleset the parent built, inherited as this descriptor."""
    seccomp_program: bytes | None = None

    def to_line(self) -> bytes:
        fields = {
            "limits": json.loads(self.limits.to_json()),
            "parent": self.parent,
            "network_namespace": self.network_namespace,
            "landlock_fd": self.landlock_fd,
            "seccomp": None if self.seccomp_program is None else self.seccomp_program.hex(),
        }
        return json.dumps(fields, sort_keys=True).encode("ascii") + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Plan:
        fields = json.loads(line)
        program = fields["seccomp"]
        return cls(
            limits=ChildLimits.from_json(json.dumps(fields["limits"]).encode("ascii")),
            parent=int(fields["parent"]),
            network_namespace=bool(fields["network_namespace"]),
            landlock_fd=None if fields["landlock_fd"] is None else int(fields["landlock_fd"]),
            seccomp_program=None if program is None else bytes.fromhex(program),
        )


def report_line(held: list[str]) -> bytes:
    """The child's first line on its reply pipe: the mechanisms that took hold."""
    return REPORT_PREFIX + ",".join(held).encode("ascii") + b"\n"


def split_report(reply: bytes) -> tuple[frozenset[str], bytes] | None:
    """The mechanisms a reply's first line names, and the rest of the reply; None when
    the reply does not start with a well-formed report."""
    line, newline, _ = reply[:REPORT_LINE_MAX].partition(b"\n")
    if not newline or not line.startswith(REPORT_PREFIX):
        return None
    names = line[len(REPORT_PREFIX) :].decode("ascii", "replace").split(",")
    held = frozenset(name for name in names if name)
    if not held <= set(MECHANISMS):
        return None
    return held, reply[len(line) + 1 :]
