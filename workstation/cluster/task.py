"""What a worker runs: one batch of texts in, spans out as plain data.

This module is imported on the worker machines, which hold no vault and no key: it
imports detection and the policy model only (an import-linter contract forbids the
vault and the services here). The engine is built once per policy per process
(``engine_for`` keeps it), so only a worker's first batch pays for loading the model.
A failure is returned as the exception's class name, never raised: Dask logs a raised
task's arguments, and those are document text.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from workstation.policy.loader import LoadedPolicy


def detect_batch(loaded: LoadedPolicy, texts: list[str]) -> dict[str, Any]:
    """``{"worker": address, "spans": [[span, ...] per text]}``, or ``{"error": ...}``."""
    from distributed import get_worker  # noqa: PLC0415 - only ever called on a worker

    address = get_worker().address
    try:
        from workstation.detection.engine import engine_for  # noqa: PLC0415 - loads presidio

        spans = [
            [dataclasses.asdict(proposal) for proposal in proposals]
            for proposals in engine_for(loaded).detect_many(texts)
        ]
    except Exception as error:  # reported by class name, never with text
        return {"worker": address, "error": type(error).__name__}
    return {"worker": address, "spans": spans}
