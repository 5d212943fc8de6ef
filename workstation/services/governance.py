"""Every policy that has governed a document, so a laxer re-scan cannot loosen release.

Each scan records, before its proposals are stored, the policy it ran under: id,
version, canonical hash, the approvals it requires and its deny lists (the terms
themselves, sealed in the vault like every item). Release then asks for the largest
approval count and enforces the union of the deny lists of every policy in this
history, and refuses any policy other than the latest scan's: one editor cannot re-scan
a source-protection document under ``default`` and publish it with one approval.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from vault import Item, Session
from workstation.policy.loader import LoadedPolicy
from workstation.policy.model import DenyList
from workstation.services.errors import WorkstationError

KIND = "governance"
RECORD_ID = "policies"
RECORD_STATE = "recorded"


@dataclass(frozen=True)
class Governance:
    """What the strictest of a document's policies asks of its release."""

    latest: str
    """The id of the policy of the latest scan."""
    approvals: int
    deny_lists: list[DenyList]
    policies: list[str]


def record_scan(session: Session, document_id: str, loaded: LoadedPolicy) -> None:
    """Add the scan's policy to the document's history (audited, before the scan is
    stored, so a failure in between can only leave the history stricter)."""
    history = _history(session, document_id)
    entry = {
        "id": loaded.policy.id,
        "version": loaded.policy.version,
        "sha256": loaded.sha256,
        "approvals": loaded.policy.release.approvals,
        "deny_lists": [deny.model_dump(mode="json") for deny in loaded.policy.deny_lists],
    }
    history = [e for e in history if e.get("sha256") != loaded.sha256] + [entry]
    data = json.dumps(history, sort_keys=True).encode()
    details: dict[str, str | int | bool | None] = {
        "policy": loaded.policy.id,
        "policy_sha256": loaded.sha256,
        "approvals": loaded.policy.release.approvals,
        "policies": len(history),
    }
    session.put_items(
        document_id, KIND, [Item(RECORD_ID, RECORD_STATE, data)], "document.governed", details
    )


def governance(session: Session, document_id: str, loaded: LoadedPolicy) -> Governance:
    """The release's rules: ``loaded`` must be the latest scan's policy (when there is a
    history), the approvals are the largest any policy asked, the deny lists all of theirs."""
    history = _history(session, document_id)
    if history and history[-1].get("id") != loaded.policy.id:
        latest = str(history[-1].get("id"))
        raise WorkstationError(
            f"document {document_id} was last scanned under policy {latest}, not "
            f"{loaded.policy.id}: scan it again under {loaded.policy.id} "
            f"('workstation scan {document_id} --policy {loaded.policy.id}') and approve afresh"
        )
    approvals = max([loaded.policy.release.approvals] + [int(e["approvals"]) for e in history])
    denies = list(loaded.policy.deny_lists)
    seen = {json.dumps(d.model_dump(mode="json"), sort_keys=True) for d in denies}
    for entry in history:
        for raw in entry.get("deny_lists", []):
            key = json.dumps(raw, sort_keys=True)
            if key not in seen:
                seen.add(key)
                denies.append(DenyList.model_validate(raw))
    names = list(dict.fromkeys([str(e["id"]) for e in history] + [loaded.policy.id]))
    return Governance(loaded.policy.id, approvals, denies, names)


def latest_policy_sha256(session: Session, document_id: str) -> str | None:
    """The canonical hash of the policy of the document's latest scan, if any (it is
    recorded in the same batch as the scan's proposals and fingerprint findings)."""
    history = _history(session, document_id)
    return str(history[-1].get("sha256")) if history else None


def _history(session: Session, document_id: str) -> list[dict[str, Any]]:
    for item in session.items(document_id, KIND):
        if item.id == RECORD_ID:
            entries: list[dict[str, Any]] = json.loads(item.data)
            return entries
    return []
