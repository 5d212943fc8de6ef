"""The workstation's own process, made unreadable to the children it starts.

The main process holds the master key, passphrases and document text. A core dump would
write them to disk, and a same-user process (a subverted parser child among them) could
read them through /proc/PID/mem, environ or ptrace. Both are closed at start-up, before
any secret is read.
"""

from __future__ import annotations

import contextlib
import resource

from workstation.confined import kernel


def protect_process() -> None:
    """No core dumps (RLIMIT_CORE 0, hard, inherited by every child) and not dumpable.

    Where the platform refuses (not Linux), the process runs on unprotected: there is
    nothing else to do at start-up, and SECURITY.md says so.
    """
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with contextlib.suppress(OSError, AttributeError):
        kernel.make_undumpable()
