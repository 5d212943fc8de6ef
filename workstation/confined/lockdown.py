"""Lock the child process down before it touches a single byte of the document.

The limits are set from inside the child rather than with `preexec_fn`, which is unsafe
in a parent that runs threads (the review UI does). Lowered hard limits cannot be
raised again, so a parser subverted by the document cannot undo them.
"""

from __future__ import annotations

import math
import os
import resource
from typing import BinaryIO

from workstation.confined.limits import ChildLimits

MAX_OPEN_FILES = 32


def take_stdout() -> BinaryIO:
    """Keep stdout for the reply alone; anything else printed goes nowhere.

    Libraries print warnings to stdout and stderr (MuPDF does); those could quote the
    document, and on stdout they would corrupt the reply.
    """
    reply = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    return reply


def confine(limits: ChildLimits) -> None:
    """No files written, no core dumps, bounded memory, CPU time and descriptors."""
    _cap(resource.RLIMIT_CORE, 0)
    _cap(resource.RLIMIT_FSIZE, 0)
    _cap(resource.RLIMIT_AS, limits.memory_bytes)
    _cap(resource.RLIMIT_NOFILE, MAX_OPEN_FILES)
    cpu_seconds = math.ceil(limits.timeout_seconds) + 1
    _cap(resource.RLIMIT_CPU, cpu_seconds, hard=cpu_seconds + 1)


def _cap(which: int, soft: int, hard: int | None = None) -> None:
    """Lower a limit, never above the hard limit we inherited."""
    _, inherited = resource.getrlimit(which)
    hard = soft if hard is None else hard
    if inherited != resource.RLIM_INFINITY:
        soft, hard = min(soft, inherited), min(hard, inherited)
    resource.setrlimit(which, (soft, hard))
