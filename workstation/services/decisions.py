"""Editors' decisions on proposals: accept (redact) or reject (keep), recorded as made.

A decision is stored by changing the proposal's sealed state and is audited with
counts and proposal ids only. Decided proposals are marked as decided by an editor,
so a later re-scan keeps them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from vault.items import Item
from vault.session import Session
from workstation.services.errors import WorkstationError
from workstation.services.scanning import KIND, StoredProposal

STATES = {"accept": "accepted", "reject": "rejected"}
AUDITED_IDS = 500  # ids listed per audit entry (the same bound as the review UI's)


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
        or (all_pending and p.state == "pending")
        or (entity is not None and p.entity == entity)
    ]


def decide(session: Session, document_id: str, chosen: list[StoredProposal], verdict: str) -> int:
    """Apply accept or reject to the chosen proposals in one audited change.

    Only the chosen proposals are rewritten (Session.put_items), so a decision costs the
    same in a document of 10 or 10,000 proposals.
    """
    state = STATES[verdict]
    if not chosen:
        raise WorkstationError("no proposals matched; nothing was decided")
    updated = [Item(p.id, state, _as_editor(p)) for p in chosen]
    details: dict[str, str | int | bool | None] = {
        "verdict": state,
        "count": len(chosen),
        "proposals": ",".join(p.id for p in chosen[:AUDITED_IDS]),
    }
    session.put_items(document_id, KIND, updated, "proposal.decide", details)
    return len(chosen)


def _as_editor(proposal: StoredProposal) -> bytes:
    fields = proposal.to_json()
    fields.pop("id")
    fields.pop("state")
    fields["decided_by"] = "editor"
    return json.dumps(fields, sort_keys=True).encode()
