"""Inside the child: apply the parent's plan, strongest walls last, and say what held.

Order matters. The network namespace needs privileges (or a user namespace) that are
dropped next; no-new-privileges must precede Landlock and seccomp; the seccomp filter
comes last because it refuses the very calls (unshare, landlock_*) that set up the
others. A mechanism the kernel refuses is skipped, not fatal: the report tells the
parent, which says so once.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable

from workstation.confined import handover, kernel


def isolate(plan: handover.Plan) -> list[str]:
    """Apply every mechanism the plan asks for; the names of those that took hold."""
    held = [handover.PARENT_DEATH_SIGNAL]  # set first thing by the child, see child.enter
    if plan.network_namespace and _own_network_namespace():
        held.append(handover.NETWORK_NAMESPACE)
    if _attempt(kernel.drop_capabilities):
        held.append(handover.CAPABILITIES_DROPPED)
    if _attempt(kernel.forbid_new_privileges):  # without it, the two below are refused
        held.append(handover.NO_NEW_PRIVILEGES)
    if plan.landlock_fd is not None and _landlock(plan.landlock_fd):
        held.append(handover.LANDLOCK)
    if plan.seccomp_program is not None and _seccomp(plan.seccomp_program):
        held.append(handover.SECCOMP)
    return held


def _own_network_namespace() -> bool:
    """A namespace with no interface but a loopback that is down: no route anywhere.

    Root (CAP_SYS_ADMIN) gets one directly; anyone else through a new user namespace,
    where the distribution allows unprivileged ones.
    """
    if _attempt(lambda: kernel.unshare(kernel.CLONE_NEWNET)):
        return True
    return _attempt(lambda: kernel.unshare(kernel.CLONE_NEWUSER | kernel.CLONE_NEWNET))


def _landlock(ruleset_fd: int) -> bool:
    """Enforce the parent's ruleset, then close it so nothing later can add a rule."""
    try:
        return _attempt(lambda: kernel.restrict_to_landlock_ruleset(ruleset_fd))
    finally:
        with contextlib.suppress(OSError):
            os.close(ruleset_fd)


def _seccomp(program: bytes) -> bool:
    return _attempt(lambda: kernel.load_seccomp_program(program))


def _attempt(step: Callable[[], None]) -> bool:
    try:
        step()
    except OSError:
        return False
    return True
