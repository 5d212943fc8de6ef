"""Approvals: an editor signs the exact set of decisions on a document.

The signed statement carries a hash over the document's text, every proposal's
span, entity and state (manual redactions included: they are proposals too), every
fingerprint finding's decision and the fingerprint pass's record. Any later decision
changes the hash, so earlier approvals stop matching: they are kept (the audit log and
the vault still show them) but count for nothing. Approvals are vault items of kind
``approval``, sealed like proposals, one per editor and decision set.

Approvals given before the hash covered fingerprint decisions (``workstation-approval/1``)
still verify, but no longer count: they are reported as outdated, to be given again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vault import EditorRecord, Item, Session, crypto
from workstation.release.canonical import (
    canonical,
    decision_set_sha256,
    fingerprint,
    full_decision_set_sha256,
    sha256_hex,
)
from workstation.release.manifest import APPROVAL_FORMAT, LEGACY_APPROVAL_FORMAT
from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import pass_record, stored_findings
from workstation.services.releasable import refusal
from workstation.services.scanning import StoredProposal, stored_proposals

KIND = "approval"
STATE = "signed"


@dataclass(frozen=True)
class Approval:
    """A signed statement: ``statement`` is what the signature covers."""

    statement: dict[str, str]
    signature: str

    @property
    def editor(self) -> str:
        return self.statement["editor"]

    @property
    def decisions_sha256(self) -> str:
        return self.statement["decisions_sha256"]

    def to_json(self) -> dict[str, str]:
        return self.statement | {"signature": self.signature}


@dataclass(frozen=True)
class ApprovalState:
    """Which approvals count for the current decisions, and how many were voided."""

    decisions_sha256: str
    valid: list[Approval]
    void: int
    outdated: int = 0
    """Genuine approvals of these proposals' decisions given in the older format, which
    did not cover the fingerprint decisions: they must be given again."""

    @property
    def approvers(self) -> list[str]:
        return [approval.editor for approval in self.valid]


def decisions_sha256(
    session: Session, document_id: str, proposals: list[StoredProposal] | None = None
) -> str:
    """The hash an approval signs: document text, every span with its decision, every
    fingerprint finding with its decision, and the fingerprint pass's record."""
    text = session.read_text(document_id) or ""
    findings: list[list[str | int]] = [
        [f.id, f.finding.kind, f.action, f.state] for f in stored_findings(session, document_id)
    ]
    return full_decision_set_sha256(
        document_id,
        text,
        _spans(session, document_id, proposals),
        findings,
        pass_record(session, document_id),
    )


def legacy_decisions_sha256(
    session: Session, document_id: str, proposals: list[StoredProposal] | None = None
) -> str:
    """What a ``workstation-approval/1`` signed: the text and the proposals' decisions."""
    text = session.read_text(document_id) or ""
    return decision_set_sha256(document_id, text, _spans(session, document_id, proposals))


def _spans(
    session: Session, document_id: str, proposals: list[StoredProposal] | None
) -> list[list[str | int]]:
    chosen = stored_proposals(session, document_id) if proposals is None else proposals
    return [[p.id, p.start, p.end, p.entity, p.state] for p in chosen]


def stored_approvals(session: Session, document_id: str) -> list[Approval]:
    """In the order they were given."""
    approvals = [_decode(item) for item in session.items(document_id, KIND)]
    return sorted(approvals, key=lambda a: (a.statement.get("at", ""), a.editor))


def approval_state(
    session: Session, document_id: str, editors: list[EditorRecord], digest: str | None = None
) -> ApprovalState:
    """Approvals that match the current decisions, are signed by an active editor's key,
    and verify; one per editor."""
    current = digest or decisions_sha256(session, document_id)
    keys = {e.id: e.signing_public for e in editors if e.state == "active"}
    vault_id = session.vault_id.hex()
    valid: dict[str, Approval] = {}
    void, outdated, legacy = 0, set(), None
    for approval in stored_approvals(session, document_id):
        if approval.statement.get("format") == LEGACY_APPROVAL_FORMAT:
            legacy = legacy or legacy_decisions_sha256(session, document_id)
            if approval.decisions_sha256 == legacy and _genuine(
                approval, keys, vault_id, document_id
            ):
                outdated.add(approval.statement["editor_id"])
            else:
                void += 1
        elif approval.decisions_sha256 != current:
            void += 1
        elif _genuine(approval, keys, vault_id, document_id):
            valid.setdefault(approval.statement["editor_id"], approval)
    return ApprovalState(current, list(valid.values()), void, len(outdated - set(valid)))


def approve(session: Session, document_id: str, editors: list[EditorRecord]) -> ApprovalState:
    """Sign the current decisions as the unlocked editor, audited; returns the new state."""
    document = session.document(document_id)
    if document.state != "received" or not document.reviewable:
        raise WorkstationError(refusal(document, "approved"))
    proposals = stored_proposals(session, document_id)
    pending = [p.id for p in proposals if p.state == "pending"]
    if pending:
        raise WorkstationError(
            f"document {document_id} has {len(pending)} pending proposal(s) (first {pending[0]});"
            " decide every proposal before approving"
        )
    findings = [f.id for f in stored_findings(session, document_id) if f.state == "pending"]
    if findings:
        raise WorkstationError(
            f"document {document_id} has {len(findings)} pending fingerprint finding(s) (first"
            f" {findings[0]}); decide every finding before approving"
        )
    digest = decisions_sha256(session, document_id, proposals)
    state = approval_state(session, document_id, editors, digest)
    if session.editor_id in {a.statement["editor_id"] for a in state.valid}:
        raise WorkstationError(
            f"you already approved the current decisions on {document_id}; another editor must"
            " approve too if the policy asks for more"
        )
    approval = _signed(session, document_id, digest)
    new_item = Item(_item_id(session.editor_id, digest), STATE, canonical(approval.to_json()))
    kept = [item for item in session.items(document_id, KIND) if item.id != new_item.id]
    details: dict[str, str | int | bool | None] = {
        "decisions_sha256": digest,
        "approvals": len(state.valid) + 1,
        "fingerprint": approval.statement["fingerprint"],
    }
    session.replace_items(document_id, KIND, [*kept, new_item], "document.approve", details)
    return ApprovalState(digest, [*state.valid, approval], state.void, state.outdated)


def _signed(session: Session, document_id: str, digest: str) -> Approval:
    _, public = session.signing_keys()
    statement = {
        "format": APPROVAL_FORMAT,
        "vault_id": session.vault_id.hex(),
        "document_id": document_id,
        "decisions_sha256": digest,
        "editor": session.editor_name,
        "editor_id": session.editor_id,
        "signing_public": public.hex(),
        "fingerprint": fingerprint(public),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    signature, _ = session.sign(canonical(statement))
    return Approval(statement, signature.hex())


def _genuine(approval: Approval, keys: dict[str, bytes], vault_id: str, document_id: str) -> bool:
    statement = approval.statement
    key = keys.get(statement.get("editor_id", ""))
    return (
        key is not None
        and statement.get("signing_public") == key.hex()
        and statement.get("vault_id") == vault_id
        and statement.get("document_id") == document_id
        and crypto.verify_signature(key, bytes.fromhex(approval.signature), canonical(statement))
    )


def _item_id(editor_id: str, digest: str) -> str:
    return "a" + sha256_hex(f"{editor_id}:{digest}".encode())[:10]


def _decode(item: Item) -> Approval:
    data: dict[str, Any] = json.loads(item.data)
    signature = str(data.pop("signature"))
    return Approval({str(k): str(v) for k, v in data.items()}, signature)
