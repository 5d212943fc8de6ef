"""Inside a confined child: the steps every child takes first, and its quiet exit.

A child keeps stdout for its reply, reads its limits line and confines itself, in that
order, before it reads a byte of the document. Whatever happens afterwards it exits
without a traceback: a traceback could quote the document.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import BinaryIO, NoReturn

from workstation.confined.limits import ChildLimits
from workstation.confined.lockdown import confine, take_stdout

LIMITS_LINE_MAX = 4096
EXIT_FAILED = 70


def enter() -> tuple[BinaryIO, ChildLimits]:
    """The pipe for the reply and the limits, with the child already confined to them."""
    reply = take_stdout()
    limits = ChildLimits.from_json(sys.stdin.buffer.readline(LIMITS_LINE_MAX))
    confine(limits)
    return reply, limits


def exit_quietly(main: Callable[[], int]) -> NoReturn:
    """Run the child's `main` and exit with its status, or 70 on any failure (MemoryError
    included), skipping the interpreter's clean-up and never printing a traceback."""
    try:
        status = main()
    except BaseException:
        status = EXIT_FAILED
    os._exit(status)
