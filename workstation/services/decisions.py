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
from workstation.services.scanning import KIND, StoredProposal, stored_proposals

STATES = {"accept": "accepted", "reject": "rejected"}


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
    """Apply accept or reject to the chosen proposals in one audited change."""
    state = STATES[verdict]
    if not chosen:
        raise WorkstationError("no proposals matched; nothing was decided")
    updated = [Item(p.id, state, _as_editor(p)) for p in chosen]
    others = [
        Item(p.id, p.state, _as_editor(p, keep=True))
        for p in stored_proposals(session, document_id)
        if p.id not in {c.id for c in chosen}
    ]
    details: dict[str, str | int | bool | None] = {
        "verdict": state,
        "count": len(chosen),
        "proposals": ",".join(p.id for p in chosen[:50]),
    }
    session.replace_items(document_id, KIND, [*updated, *others], "proposal.decide", details)
    return len(chosen)


def _as_editor(proposal: StoredProposal, keep: bool = False) -> bytes:
    fields = proposal.to_json()
    fields.pop("id")
    fields.pop("state")
    if not keep:
        fields["decided_by"] = "editor"
    return json.dumps(fields, sort_keys=True).encode()
