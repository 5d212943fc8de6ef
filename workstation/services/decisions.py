"""Editors' decisions on proposals: accept (redact) or reject (keep), recorded as made.

A decision is stored by changing the proposal's sealed state and is audited with
counts and proposal ids only. Decided proposals are marked as decided by an editor,
so a later re-scan keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from vault import Session
from workstation.services.errors import WorkstationError
from workstation.services.scanning import DECIDED, StoredProposal
from workstation.services.verdicts import Verdict, decided, write_decisions


def select(
    proposals: list[StoredProposal],
    ids: Iterable[str] = (),
    all_pending: bool = False,
    entity: str | None = None,
) -> list[StoredProposal]:
    """The proposals a decision applies to, refusing ids this document does not have."""
    wanted = set(ids)
    known = {p.id for p in proposals}
    unknown = sorted(wanted - known)
    if unknown:
        raise WorkstationError(
            f"no proposal {unknown[0]} in this document ('workstation proposals ID' lists them)"
        )
    return [
        p
        for p in proposals
        if p.id in wanted
        or (all_pending and p.state == Verdict.PENDING)
        or (entity is not None and p.entity == entity)
    ]


def decide(session: Session, document_id: str, chosen: list[StoredProposal], verdict: str) -> int:
    """Apply accept or reject to the chosen proposals in one audited change.

    Only the chosen proposals are rewritten, so a decision costs the same in a document
    of 10 or 10,000 proposals.
    """
    state = decided(verdict)
    if not chosen:
        raise WorkstationError("no proposals matched; nothing was decided")
    updated = [replace(p, state=state, decided_by="editor").to_item() for p in chosen]
    write_decisions(session, document_id, DECIDED, updated, "proposal.decide", state)
    return len(chosen)
