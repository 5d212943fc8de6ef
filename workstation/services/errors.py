"""Refusals the service layer reports: one line, naming the file or object, never its content.

The base, `WorkstationError`, lives in `workstation.errors` with the whole tree drawn;
it is named here too, since services raise it as is for refusals needing no class.
"""

from __future__ import annotations

from workstation.errors import WorkstationError

__all__ = ["EditorChoiceNeeded", "IntakeRefused", "WorkstationError"]


class IntakeRefused(WorkstationError):
    """A path that cannot be taken in (missing, directory, link, too large, unsealable)."""


class EditorChoiceNeeded(WorkstationError):
    """The vault has several editors and none was named."""
