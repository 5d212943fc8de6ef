"""Refusals the service layer reports: one line, naming the file or object, never its content."""

from __future__ import annotations


class WorkstationError(Exception):
    """Base of service-level failures; ``str(error)`` is shown to the user as is."""


class IntakeRefused(WorkstationError):
    """A path that cannot be taken in (missing, directory, link, too large, unsealable)."""


class EditorChoiceNeeded(WorkstationError):
    """The vault has several editors and none was named."""
