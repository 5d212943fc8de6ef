"""Whether the confined children are fully isolated on this machine, for the review UI.

The command line prints the warning on stderr when a child first lacks a mechanism;
under Textual stderr is not seen, so the UI asks here, once at start (a probe child
that only isolates itself, about 50 ms) and then whenever it likes (no child).
"""

from __future__ import annotations

from workstation.confined import isolation, spawn
from workstation.confined.limits import ChildLimits

PROBE_MODULE = "workstation.confined.probe"
PROBE_LIMITS = ChildLimits(timeout_seconds=20.0)
PROBE_REPLY_BYTES = 4096


def probe() -> str | None:
    """Start a child that only isolates itself; the warning, if something did not hold
    (a probe that cannot start says nothing: the next real child will)."""
    spawn.run(PROBE_MODULE, [], b"", PROBE_LIMITS, PROBE_REPLY_BYTES)
    return warning()


def warning() -> str | None:
    """The isolation warning said in this process so far, if any (no child started)."""
    return isolation.warning_line()
