"""Inside a confined child: the steps every child takes first, and its quiet exit.

A child asks to be killed with its parent, keeps stdout for its reply, reads the plan
line (limits and isolation), confines and isolates itself and reports what held, in
that order, before it reads a byte of the document. Whatever happens afterwards it
exits without a traceback: a traceback could quote the document.
"""

from __future__ import annotations

import mimetypes
import os
import sys
from collections.abc import Callable
from typing import BinaryIO, NoReturn

from workstation.confined import handover, kernel
from workstation.confined.limits import ChildLimits
from workstation.confined.lockdown import confine, take_stdout
from workstation.confined.self_isolation import isolate

EXIT_FAILED = 70
EXIT_ORPHANED = 71


def enter() -> tuple[BinaryIO, ChildLimits]:
    """The pipe for the reply and the limits, with the child already confined to them,
    isolated, and its report of what held already sent."""
    kernel.kill_me_when_parent_dies()
    reply = take_stdout()
    plan = handover.Plan.from_line(sys.stdin.buffer.readline(handover.PLAN_LINE_MAX))
    if os.getppid() != plan.parent:  # the parent died before the death signal was set
        os._exit(EXIT_ORPHANED)
    confine(plan.limits)
    reply.write(handover.report_line(isolate(plan)))
    reply.flush()
    _builtin_mime_table()
    return reply, plan.limits


def _builtin_mime_table() -> None:
    """Python's own MIME table, not /etc/mime.types: the isolated child may not read the
    system's, and `mimetypes` (imported by openpyxl, among others) would fail on it."""
    mimetypes.knownfiles = []  # read by init(), which would add the system's files
    mimetypes.init()


def exit_quietly(main: Callable[[], int]) -> NoReturn:
    """Run the child's `main` and exit with its status, or 70 on any failure (MemoryError
    included), skipping the interpreter's clean-up and never printing a traceback."""
    try:
        status = main()
    except BaseException:
        status = EXIT_FAILED
    os._exit(status)
