"""What an approval signs, told in counts before the editor signs it.

The hash an approval covers is not something a person can read; this summary is: how
many spans of each entity type are redacted or kept, how many redactions an editor
made by hand, what became of each kind of fingerprint finding, who already approved,
and which decisions were made since the last approval (from the audit log, by action
and editor, never by text).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from vault import EditorRecord, Session
from workstation.services import approvals
from workstation.services.fingerprinting import stored_findings
from workstation.services.review import DECISION_ACTIONS, FINDING_ACTIONS, is_manual
from workstation.services.scanning import stored_proposals

APPROVE_ACTION = "document.approve"


@dataclass(frozen=True)
class ApprovalSummary:
    """Counts only: entity types, finding kinds, actions and editor names, no text."""

    by_entity: dict[str, dict[str, int]]
    """Entity type -> state (accepted, rejected, pending) -> how many proposals."""
    manual: int
    findings: dict[str, dict[str, int]]
    """Finding kind -> "action state" (e.g. "remove accepted") -> how many."""
    approvers: list[str]
    since_last: dict[str, int] | None
    """"action by editor" -> how many audit entries since the last approval; None when
    nobody approved this document before."""

    def lines(self) -> list[str]:
        """The summary as the confirmation screen shows it, one line each."""
        shown = ["Redactions by entity type (redacted / kept):"]
        for entity, states in sorted(self.by_entity.items()):
            pending = f", {states['pending']} pending" if states.get("pending") else ""
            shown.append(
                f"  {entity}: {states.get('accepted', 0)} redacted, "
                f"{states.get('rejected', 0)} kept{pending}"
            )
        if not self.by_entity:
            shown.append("  none")
        shown.append(f"Manual redactions: {self.manual}")
        shown.append("Fingerprint decisions:")
        for kind, outcomes in sorted(self.findings.items()):
            told = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
            shown.append(f"  {kind}: {told}")
        if not self.findings:
            shown.append("  none")
        shown.append(f"Approved so far: {', '.join(self.approvers) or 'nobody'}")
        if self.since_last is None:
            shown.append("Since the last approval: this is the first approval")
        elif not self.since_last:
            shown.append("Since the last approval: no decision changed")
        else:
            shown.append("Since the last approval:")
            shown.extend(f"  {n} x {what}" for what, n in sorted(self.since_last.items()))
        return shown


def approval_summary(
    session: Session, document_id: str, editors: list[EditorRecord]
) -> ApprovalSummary:
    """What approving now would sign (reads the vault; nothing is written or audited)."""
    by_entity: dict[str, Counter[str]] = {}
    proposals = stored_proposals(session, document_id)
    for proposal in proposals:
        by_entity.setdefault(proposal.entity, Counter())[proposal.state] += 1
    findings: dict[str, Counter[str]] = {}
    for stored in stored_findings(session, document_id):
        findings.setdefault(stored.finding.kind, Counter())[f"{stored.action} {stored.state}"] += 1
    state = approvals.approval_state(session, document_id, editors)
    return ApprovalSummary(
        {entity: dict(counts) for entity, counts in by_entity.items()},
        sum(1 for p in proposals if is_manual(p) and p.state == "accepted"),
        {kind: dict(counts) for kind, counts in findings.items()},
        state.approvers,
        _since_last_approval(session, document_id, {e.id: e.name for e in editors}),
    )


def _since_last_approval(
    session: Session, document_id: str, names: dict[str, str]
) -> dict[str, int] | None:
    entries = [e for e in session.audit_entries() if e.object_id == document_id]
    last = max((e.seq for e in entries if e.action == APPROVE_ACTION), default=None)
    if last is None:
        return None
    changed: Counter[str] = Counter()
    for entry in entries:
        if entry.seq > last and entry.action in DECISION_ACTIONS + FINDING_ACTIONS:
            changed[f"{entry.action} by {names.get(entry.editor_id, entry.editor_id)}"] += 1
    return dict(changed)
