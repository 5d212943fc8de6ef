"""The one refusal of the cluster package: its line names the address, never a text."""

from __future__ import annotations

from workstation.errors import WorkstationError


class ClusterRefused(WorkstationError):
    """A scheduler that cannot be trusted or reached, or a batch a worker could not scan."""
