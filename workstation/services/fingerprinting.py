"""The fingerprint pass on stored documents: run it, store its findings, decide on them.

Findings are vault items of kind ``fingerprint`` (sealed JSON, like proposals), one per
finding, with a stable id so a re-run keeps editors' decisions. Their state follows
the policy: ``accepted`` when the policy normalises or strips the kind (decided by the
policy), ``pending`` when it asks for review. One more item, id ``pass`` and state
``done``, records that the pass ran, under which policy, and what it found (counts),
for the release manifest. Audit entries carry counts only.

The original file is inspected in the confined parser child; its extracted text is
examined here (pure functions, no parsing of hostile formats).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from vault import Item, Session
from workstation.fingerprints import find
from workstation.fingerprints.finding import PAGE_KINDS, FingerprintFinding
from workstation.fingerprints.originals.pages import region_findings
from workstation.intake import ChildLimits
from workstation.intake.inspection import INSPECTED_KINDS, inspect
from workstation.policy.loader import LoadedPolicy
from workstation.release.hidden import AcceptedHidden
from workstation.services.errors import WorkstationError
from workstation.services.verdicts import (
    DecidedKind,
    Verdict,
    decided,
    from_item,
    to_item,
    write_decisions,
)

KIND = "fingerprint"
DECIDED = DecidedKind(KIND, count_key="findings", ids_key="ids")
RUN_RECORD_ID = "pass"
RUN_RECORD_STATE = "done"
STATE_FOR_ACTION: dict[str, str] = {
    "normalise": Verdict.ACCEPTED,
    "strip": Verdict.ACCEPTED,
    "review": Verdict.PENDING,
}
DECISION_ACTIONS = ("fingerprint.decide", "fingerprint.undo")


@dataclass(frozen=True)
class StoredFinding:
    """A finding as kept in the vault: what it is, what the policy does, its state."""

    id: str
    state: str
    finding: FingerprintFinding
    action: str
    decided_by: str  # "policy" or "editor"
    policy: dict[str, str]

    def to_json(self, with_value: bool = False) -> dict[str, Any]:
        data = self.finding.to_json()
        if not with_value:
            data.pop("value")
            data.pop("hidden")
        return {
            "id": self.id,
            "state": self.state,
            "action": self.action,
            "decided_by": self.decided_by,
            "policy": self.policy,
            **data,
        }

    def to_item(self) -> Item:
        return to_item(self.to_json(with_value=True))

    @classmethod
    def from_item(cls, item: Item) -> StoredFinding:
        data = from_item(item)
        return cls(
            item.id,
            item.state,
            FingerprintFinding.from_json(data),
            str(data["action"]),
            str(data["decided_by"]),
            dict(data["policy"]),
        )


@dataclass(frozen=True)
class PassResult:
    document_id: str
    findings: int
    pending: int
    by_kind: dict[str, int]
    inspected: str
    """What the original was inspected as ("docx", "pdf", ...), or "" if it was not."""
    note: str
    """Why the original could not be inspected (a fixed sentence), or ""."""
    kept_decisions: int


def finding_key(finding: FingerprintFinding) -> str:
    """What identifies a finding across runs (ids only name it)."""
    return f"{finding.kind}:{finding.code}:{finding.start}:{finding.end}:{finding.where}"


def finding_id(session: Session, document_id: str, finding: FingerprintFinding) -> str:
    """Keyed with the vault's hiding secret: stable across runs, so a decision follows the
    same finding, yet meaningless in a copy of the vault file without a passphrase."""
    digest = session.keyed_id(f"fingerprint:{document_id}:{finding_key(finding)}".encode())
    return "f" + digest.hex()[:10]


def run_pass(
    session: Session,
    document_id: str,
    loaded: LoadedPolicy,
    limits: ChildLimits | None = None,
) -> PassResult:
    """Find every fingerprint of one document and store the findings, audited."""
    document = session.document(document_id)
    if document.state == "shredded":
        raise WorkstationError(f"document {document_id} was shredded; its content is gone")
    limits = limits or ChildLimits()
    text = session.read_text(document_id)
    found = find(text) if text else []
    found += region_findings(document.meta.get("regions", ()))
    inspected, note = "", ""
    if document.size <= limits.max_input_bytes:
        original = b"".join(session.read_original(document_id))
        inspection = inspect(original, document.name, limits)
        found += inspection.findings
        inspected, note = inspection.kind, inspection.note
    elif document.kind in INSPECTED_KINDS | {"pdf"}:
        note = "too large to inspect"
    rules = loaded.policy.fingerprints
    policy = {"id": loaded.policy.id, "version": loaded.policy.version, "sha256": loaded.sha256}
    previous_findings = stored_findings(session, document_id)
    earlier = {finding_key(found.finding): found for found in previous_findings}
    merged: dict[str, StoredFinding] = {}
    kept = 0
    for finding in found:
        previous = earlier.get(finding_key(finding))
        # The id it had (also an unkeyed one from before 0.3), else a new keyed one.
        identifier = previous.id if previous else finding_id(session, document_id, finding)
        action = rules.action(finding.kind)
        state, decided_by = STATE_FOR_ACTION[action], "policy"
        if previous is not None and previous.decided_by == "editor":
            state, decided_by, kept = previous.state, "editor", kept + 1
        merged[identifier] = StoredFinding(identifier, state, finding, action, decided_by, policy)
    by_kind = dict(sorted(Counter(s.finding.kind for s in merged.values()).items()))
    pending = sum(s.state == Verdict.PENDING for s in merged.values())
    summary = {
        "policy": policy,
        "findings": len(merged),
        "by_kind": by_kind,
        "inspected": inspected,
        "note": note,
        "text_examined": text is not None,
    }
    items = [stored.to_item() for stored in merged.values()]
    items.append(
        Item(RUN_RECORD_ID, RUN_RECORD_STATE, json.dumps(summary, sort_keys=True).encode())
    )
    details: dict[str, str | int | bool | None] = {
        "policy": loaded.policy.id,
        "policy_version": loaded.policy.version,
        "policy_sha256": loaded.sha256,
        "findings": len(merged),
        "pending": pending,
        "kept_decisions": kept,
        "inspected": inspected or None,
        **{f"kind_{kind}": count for kind, count in by_kind.items()},
    }
    session.replace_items(document_id, KIND, items, "document.fingerprints", details)
    return PassResult(document_id, len(merged), pending, by_kind, inspected, note, kept)


def stored_findings(session: Session, document_id: str) -> list[StoredFinding]:
    """The stored findings (without the pass record), text ones first, by position."""
    found = [
        StoredFinding.from_item(item)
        for item in session.items(document_id, KIND)
        if item.id != RUN_RECORD_ID
    ]
    return sorted(
        found, key=lambda s: (s.finding.start < 0, s.finding.start, s.finding.where, s.finding.code)
    )


def pass_record(session: Session, document_id: str) -> dict[str, Any] | None:
    """What the last run recorded (policy, counts), or None if the pass never ran."""
    for item in session.items(document_id, KIND):
        if item.id == RUN_RECORD_ID:
            record: dict[str, Any] = json.loads(item.data)
            return record
    return None


def decide(session: Session, document_id: str, ids: list[str], verdict: str) -> int:
    """Accept (normalise, strip or redact as the policy says) or reject (keep) findings."""
    known = {stored.id: stored for stored in stored_findings(session, document_id)}
    unknown = sorted(set(ids) - set(known))
    if unknown:
        raise WorkstationError(
            f"no fingerprint finding {unknown[0]} in document {document_id} "
            f"('workstation fingerprints {document_id}' lists them)"
        )
    state = decided(verdict)
    changed = [with_state(known[i], state) for i in dict.fromkeys(ids) if known[i].state != state]
    if changed:
        items = [stored.to_item() for stored in changed]
        write_decisions(session, document_id, DECIDED, items, "fingerprint.decide", state)
    return len(changed)


@dataclass(frozen=True)
class ReleaseInputs:
    """What a release of one document needs from the pass (see docs/architecture.md).

    Give `also` to `fingerprints.normalise` and `allowed` to `fingerprints.residual`;
    refuse while `pending` > 0 or `record` is None (the pass never ran); redact
    `redact_spans` (copy markings the policy or an editor accepted); put `record`'s
    counts in the manifest.
    """

    also: frozenset[str]
    """Text kinds the policy leaves to review but an editor accepted: normalise them too."""
    allowed: frozenset[str]
    """Text kinds whose every finding an editor rejected: the gate lets them through."""
    redact_spans: tuple[tuple[int, int], ...]
    pending: int
    record: dict[str, Any] | None
    first_pending: str = ""
    """The id of the first pending finding (for the refusal to name), or ""."""
    removed: dict[str, int] = field(default_factory=dict)
    """Occurrences per kind that release removes (accepted findings), for the manifest."""
    kept: dict[str, int] = field(default_factory=dict)
    """Occurrences per kind editors chose to keep (rejected findings)."""
    hidden: tuple[AcceptedHidden, ...] = ()
    """Accepted hidden-content findings that carry their content: release removes it
    from the text and the gate searches the output for it."""
    blackouts: tuple[tuple[int, tuple[float, ...]], ...] = ()
    """(page, box) of each page or picture finding an editor chose to black out: the
    rebuilt release paints the box black (page 1-based, box in points as shown)."""
    pending_places: tuple[tuple[str, str], ...] = ()
    """(id, place) of each page or picture finding still pending, e.g. ("f12", "page 2")."""


def release_inputs(session: Session, document_id: str) -> ReleaseInputs:
    """Editors' decisions on the findings, turned into what the release gate applies."""
    stored = stored_findings(session, document_id)
    by_kind: dict[str, set[str]] = {}
    for finding in stored:
        by_kind.setdefault(finding.finding.kind, set()).add(finding.state)
    also = {f.finding.kind for f in stored if f.action == "review" and f.state == Verdict.ACCEPTED}
    allowed = {kind for kind, states in by_kind.items() if states == {Verdict.REJECTED}}
    spans = tuple(
        (f.finding.start, f.finding.end)
        for f in stored
        if f.finding.kind == "copy_marking" and f.state == Verdict.ACCEPTED
    )
    pending = [f.id for f in stored if f.state == Verdict.PENDING]
    return ReleaseInputs(
        frozenset(also),
        frozenset(allowed),
        spans,
        len(pending),
        pass_record(session, document_id),
        pending[0] if pending else "",
        _occurrences(stored, Verdict.ACCEPTED),
        _occurrences(stored, Verdict.REJECTED),
        tuple(
            AcceptedHidden(f.id, f.finding.code, f.finding.hidden)
            for f in stored
            if f.finding.hidden and f.state == Verdict.ACCEPTED
        ),
        tuple(
            (f.finding.page, f.finding.box)
            for f in stored
            if f.finding.kind in PAGE_KINDS and f.state == Verdict.ACCEPTED and f.finding.page
        ),
        tuple(
            (f.id, _place(f.finding))
            for f in stored
            if f.finding.kind in PAGE_KINDS and f.state == Verdict.PENDING
        ),
    )


def _place(finding: FingerprintFinding) -> str:
    """ "page 2" or the finding's own place ("picture 3"): no box, it says nothing more."""
    return f"page {finding.page}" if finding.page else finding.where


def _occurrences(stored: list[StoredFinding], state: str) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for finding in stored:
        if finding.state == state:
            counts[finding.finding.kind] += finding.finding.count
    return dict(sorted(counts.items()))


def record_values_shown(session: Session, document_id: str, count: int) -> None:
    """Showing metadata values reveals content: the reading is audited (a count only)."""
    session.record("fingerprint.show", document_id, {"values": count})


def with_state(stored: StoredFinding, state: str) -> StoredFinding:
    """The finding as an editor decided it (a re-run keeps editors' decisions)."""
    return StoredFinding(stored.id, state, stored.finding, stored.action, "editor", stored.policy)
