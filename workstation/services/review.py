"""One document open for review: its text, its proposals, decisions as they are made.

The review UI and the ``redact`` command use this and nothing below it. Every decision
is written to the vault (only the proposals it changes) and the audit chain before the
call returns, so closing the terminal loses nothing. Audit details name proposals by id
and count them; the linking group (which holds a folded name) never leaves the vault.

The fingerprint pass's findings are reviewed here too, beside the proposals: decided
with the same keys, undone by the same undo, audited as the command line audits them
(``fingerprint.decide``), because release refuses while one is pending.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from dataclasses import dataclass, field, replace

from vault import audit
from vault.items import Item
from vault.session import Session
from workstation.policy.model import Rendering
from workstation.release.rendering import Redaction, redact_text
from workstation.services import fingerprinting
from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import StoredFinding
from workstation.services.release import copy_marking_redactions
from workstation.services.scanning import (
    KIND,
    StoredProposal,
    language_notices,
    proposal_id,
    scan_policy,
    stored_proposals,
)

VERDICTS = {"accept": "accepted", "reject": "rejected"}
MANUAL_RECOGNIZER = "editor"
MANUAL_ENTITY = "MANUAL"
AUDITED_IDS = 500  # ids listed per audit entry; a larger group is counted in full
DECISION_ACTIONS = ("proposal.decide", "proposal.undo", "proposal.redact")
FINDING_ACTIONS = fingerprinting.DECISION_ACTIONS
WORD = re.compile(r"\w+")
WORD_KINDS = ("homoglyph", "combining_mark")
"""Findings of one character that the view shows with the word around them."""


@dataclass(frozen=True)
class HistoryEntry:
    """Who did what to a proposal, when, as the audit log records it."""

    at: str
    editor: str
    action: str
    state: str


@dataclass(frozen=True)
class Progress:
    decided: int
    total: int
    pending: int
    accepted: int
    rejected: int
    findings_pending: int = 0
    """Fingerprint findings waiting for an editor: release refuses until they are decided."""

    def line(self) -> str:
        return f"{self.decided} of {self.total} decided"


@dataclass(frozen=True)
class Step:
    """One undoable decision: the proposals (or findings) before it, and ids it created."""

    before: tuple[StoredProposal, ...]
    created: tuple[str, ...] = ()
    findings_before: tuple[StoredFinding, ...] = ()


def is_manual(proposal: StoredProposal) -> bool:
    return proposal.reason.get("recognizer") == MANUAL_RECOGNIZER


@dataclass
class Review:
    """A document under review by one editor; opened with :func:`open_review`."""

    session: Session
    document_id: str
    text: str
    proposals: list[StoredProposal]
    editor_names: dict[str, str] = field(default_factory=dict)
    _index: dict[str, int] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _groups: dict[str, list[str]] = field(default_factory=dict)
    _undo: list[Step] = field(default_factory=list)
    _history: dict[str, list[HistoryEntry]] = field(default_factory=dict)
    findings: list[StoredFinding] = field(default_factory=list)
    """The fingerprint pass's findings: text ones by position, then the original's."""
    notices: tuple[str, ...] = ()
    """Said plainly when the document is opened: "no name model for Spanish: ..."."""
    _finding_index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._reindex()
        self._finding_index = {f.id: i for i, f in enumerate(self.findings)}

    def _reindex(self) -> None:
        self.proposals.sort(key=lambda p: (p.start, p.end, p.entity))
        self._index = {p.id: i for i, p in enumerate(self.proposals)}
        self._starts = [p.start for p in self.proposals]
        self._groups = {}
        self._counts = {"pending": 0, "accepted": 0, "rejected": 0}
        for p in self.proposals:
            self._groups.setdefault(p.group, []).append(p.id)
            self._counts[p.state] = self._counts.get(p.state, 0) + 1

    # Reading -------------------------------------------------------------------------

    def get(self, identifier: str) -> StoredProposal:
        if identifier not in self._index:
            raise WorkstationError(f"no proposal {identifier} in document {self.document_id}")
        return self.proposals[self._index[identifier]]

    def has(self, identifier: str) -> bool:
        return identifier in self._index

    def position(self, identifier: str) -> int:
        return self._index[identifier]

    def linked(self, identifier: str) -> list[str]:
        """Ids of every occurrence linked to this proposal (itself included)."""
        return list(self._groups.get(self.get(identifier).group, [identifier]))

    def at_offset(self, offset: int) -> int:
        """Index of the first proposal starting at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def next_pending(self, index: int, step: int = 1) -> int | None:
        """The nearest pending proposal after (step 1) or before (step -1) ``index``."""
        position = index + step
        while 0 <= position < len(self.proposals):
            if self.proposals[position].state == "pending":
                return position
            position += step
        return None

    def progress(self) -> Progress:
        counts, total = self._counts, len(self.proposals)
        return Progress(
            total - counts["pending"],
            total,
            counts["pending"],
            counts["accepted"],
            counts["rejected"],
            sum(f.state == "pending" for f in self.findings),
        )

    def history(self, identifier: str) -> list[HistoryEntry]:
        return list(self._history.get(identifier, []))

    def entities(self) -> list[str]:
        return sorted({p.entity for p in self.proposals})

    # Fingerprint findings ------------------------------------------------------------

    def finding(self, identifier: str) -> StoredFinding:
        if identifier not in self._finding_index:
            raise WorkstationError(
                f"no fingerprint finding {identifier} in document {self.document_id}"
            )
        return self.findings[self._finding_index[identifier]]

    def has_finding(self, identifier: str) -> bool:
        return identifier in self._finding_index

    def finding_kinds(self) -> list[str]:
        return sorted({f.finding.kind for f in self.findings})

    def same_kind(self, identifier: str) -> list[str]:
        """Ids of every finding of this one's kind (release treats a kind as one)."""
        kind = self.finding(identifier).finding.kind
        return [f.id for f in self.findings if f.finding.kind == kind]

    def highlight(self, stored: StoredFinding) -> tuple[int, int]:
        """Where the view marks a text finding: a look-alike letter with its whole word,
        so the disguised word stands out; other findings exactly."""
        start, end = stored.finding.start, stored.finding.end
        if stored.finding.kind not in WORD_KINDS:
            return start, end
        for word in WORD.finditer(self.text, max(0, start - 64), min(len(self.text), end + 64)):
            if word.start() <= start and end <= word.end():
                return word.start(), word.end()
        return start, end

    def next_pending_id(self, current: str | None, step: int = 1) -> str | None:
        """The nearest pending proposal or finding after (1) or before (-1) ``current``, in
        document order; findings about the original file come after the text."""
        here = self._order_key(current) if current else None
        proposal = self._nearest_pending_proposal(current, here, step)
        found = [
            (self._finding_key(i), f.id)
            for i, f in enumerate(self.findings)
            if f.state == "pending"
            and (
                here is None
                or (self._finding_key(i) > here if step > 0 else self._finding_key(i) < here)
            )
        ]
        if proposal is not None:
            found.append((self._proposal_key(proposal), self.proposals[proposal].id))
        if not found:
            return None
        return (min(found) if step > 0 else max(found))[1]

    def _nearest_pending_proposal(
        self, current: str | None, here: tuple[int, int, int, int] | None, step: int
    ) -> int | None:
        if current is None or here is None:
            return self.next_pending(-1 if step > 0 else len(self.proposals), step)
        if current in self._index:
            return self.next_pending(self._index[current], step)
        index = bisect.bisect_left(self._starts, here[0])  # first proposal at the finding
        while index < len(self.proposals) and self._proposal_key(index) < here:
            index += 1
        return self.next_pending(index - 1 if step > 0 else index, step)

    def _order_key(self, identifier: str) -> tuple[int, int, int, int]:
        if identifier in self._index:
            return self._proposal_key(self._index[identifier])
        return self._finding_key(self._finding_index[identifier])

    def _proposal_key(self, position: int) -> tuple[int, int, int, int]:
        proposal = self.proposals[position]
        return proposal.start, proposal.end, 0, position

    def _finding_key(self, position: int) -> tuple[int, int, int, int]:
        finding = self.findings[position].finding
        start = finding.start if finding.start >= 0 else sys.maxsize
        return start, finding.end, 1, position

    # Deciding ------------------------------------------------------------------------

    def decide(self, identifier: str, verdict: str, linked: bool = False) -> list[StoredProposal]:
        """Accept or reject one proposal, or every occurrence linked to it."""
        state = VERDICTS[verdict]
        ids = self.linked(identifier) if linked else [identifier]
        before = [self.get(i) for i in ids]
        after = [replace(p, state=state, decided_by="editor") for p in before]
        details: dict[str, str | int | bool | None] = {"verdict": state, "linked": linked}
        self._write(after, [], "proposal.decide", details)
        self._undo.append(Step(tuple(before)))
        return after

    def redact(self, start: int, end: int, entity: str = MANUAL_ENTITY) -> StoredProposal:
        """A manual redaction of text the detector missed: accepted, kept by any re-scan."""
        if not 0 <= start < end <= len(self.text):
            raise WorkstationError(
                f"span {start}-{end} is outside document {self.document_id} "
                f"(its text has {len(self.text)} characters)"
            )
        if not entity.isidentifier() or not entity.isupper():
            raise WorkstationError("the entity type is upper-case letters and _, e.g. PERSON")
        identifier = proposal_id(start, end, entity)
        if identifier in self._index:
            raise WorkstationError(f"that span is already proposal {identifier}")
        manual = StoredProposal(
            identifier,
            "accepted",
            start,
            end,
            entity,
            1.0,
            f"manual:{identifier}",
            {"recognizer": MANUAL_RECOGNIZER, "rule": "added by an editor"},
            "editor",
            {},
        )
        self._write([manual], [], "proposal.redact", {})
        self._undo.append(Step((), (identifier,)))
        return manual

    def decide_finding(
        self, identifier: str, verdict: str, same_kind: bool = False
    ) -> list[StoredFinding]:
        """Accept (release removes it as the policy says) or reject (keep) a fingerprint
        finding, or every finding of its kind; audited as the command line's decisions."""
        state = VERDICTS[verdict]
        ids = self.same_kind(identifier) if same_kind else [identifier]
        before = [self.finding(i) for i in ids]
        after = [fingerprinting.with_state(f, state) for f in before]
        details: dict[str, str | int | bool | None] = {"verdict": verdict, "same_kind": same_kind}
        self._write_findings(after, "fingerprint.decide", details)
        self._undo.append(Step((), (), tuple(before)))
        return after

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> list[str]:
        """Take back this editor's last decision in this review; returns the ids touched."""
        if not self._undo:
            raise WorkstationError("nothing to undo in this review")
        step = self._undo[-1]
        if step.findings_before:
            self._write_findings(list(step.findings_before), "fingerprint.undo", {})
        else:
            self._write(list(step.before), list(step.created), "proposal.undo", {})
        self._undo.pop()
        return (
            [p.id for p in step.before] + list(step.created) + [f.id for f in step.findings_before]
        )

    def _write_findings(
        self, changed: list[StoredFinding], action: str, details: dict[str, str | int | bool | None]
    ) -> None:
        fingerprinting.put_decisions(self.session, self.document_id, changed, action, details)
        for stored in changed:
            self.findings[self._finding_index[stored.id]] = stored
        self._remember([f.id for f in changed], action, [], {f.id: f.state for f in changed})

    def _write(
        self,
        changed: list[StoredProposal],
        removed: list[str],
        action: str,
        details: dict[str, str | int | bool | None],
    ) -> None:
        ids = [p.id for p in changed] + removed
        details = {**details, "count": len(ids), "proposals": ",".join(ids[:AUDITED_IDS])}
        self.session.put_items(
            self.document_id, KIND, [encode(p) for p in changed], action, details, removed
        )
        self._apply(changed, removed)
        self._remember(ids, action, changed)

    def _apply(self, changed: list[StoredProposal], removed: list[str]) -> None:
        structural = bool(removed) or any(p.id not in self._index for p in changed)
        if structural:
            kept = {p.id: p for p in self.proposals if p.id not in set(removed)}
            kept.update({p.id: p for p in changed})
            self.proposals = list(kept.values())
            self._reindex()
            return
        for p in changed:
            position = self._index[p.id]
            self._counts[self.proposals[position].state] -= 1
            self._counts[p.state] = self._counts.get(p.state, 0) + 1
            self.proposals[position] = p

    def _remember(
        self,
        ids: list[str],
        action: str,
        changed: list[StoredProposal],
        states: dict[str, str] | None = None,
    ) -> None:
        from datetime import UTC, datetime  # noqa: PLC0415 - only for the in-memory line

        now = datetime.now(UTC).isoformat(timespec="seconds")
        states = states if states is not None else {p.id: p.state for p in changed}
        for identifier in ids:
            self._history.setdefault(identifier, []).append(
                HistoryEntry(now, self.session.editor_name, action, states.get(identifier, ""))
            )


def encode(proposal: StoredProposal) -> Item:
    fields = proposal.to_json()
    state, identifier = fields.pop("state"), fields.pop("id")
    return Item(identifier, state, json.dumps(fields, sort_keys=True).encode())


def open_review(session: Session, document_id: str, editor_names: dict[str, str]) -> Review:
    """Decrypt the text and proposals; opening a document for review is itself audited."""
    document = session.document(document_id)
    if document.state == "shredded":
        raise WorkstationError(f"document {document_id} was shredded; its content is gone")
    text = session.read_text(document_id)
    if text is None:
        raise WorkstationError(f"document {document_id} has no text to review")
    review = Review(
        session,
        document_id,
        text,
        stored_proposals(session, document_id),
        editor_names,
        findings=fingerprinting.stored_findings(session, document_id),
        notices=language_notices(text),
    )
    review._history = _history_from_audit(session, document_id, editor_names)
    session.record(
        "document.review",
        document_id,
        {"proposals": len(review.proposals), "fingerprints": len(review.findings)},
    )
    return review


def _history_from_audit(
    session: Session, document_id: str, names: dict[str, str]
) -> dict[str, list[HistoryEntry]]:
    """Each proposal's decisions as the audit log names them (by id, never by text)."""
    history: dict[str, list[HistoryEntry]] = {}
    for entry in audit.entries(session.connection):
        if entry.object_id != document_id or entry.action not in (
            DECISION_ACTIONS + FINDING_ACTIONS
        ):
            continue
        state = str(entry.details.get("verdict") or "")
        state = VERDICTS.get(state, state)  # findings' entries name the verb, as the CLI does
        if entry.action == "proposal.redact":
            state = "accepted"
        ids = entry.details.get("ids" if entry.action in FINDING_ACTIONS else "proposals")
        for identifier in str(ids or "").split(","):
            if identifier:
                history.setdefault(identifier, []).append(
                    HistoryEntry(
                        entry.at, names.get(entry.editor_id, entry.editor_id), entry.action, state
                    )
                )
    return history


def redact_span(
    session: Session, document_id: str, start: int, end: int, entity: str = MANUAL_ENTITY
) -> StoredProposal:
    """The command line's manual redaction: the same checks and audit entry as the UI's."""
    text = session.read_text(document_id)
    if text is None:
        raise WorkstationError(f"document {document_id} has no text to redact")
    review = Review(session, document_id, text, stored_proposals(session, document_id))
    return review.redact(start, end, entity)


def release_preview(review: Review) -> str:
    """The text exactly as a txt release would render it now: the governing policy's
    style (block, label or pseudonym), page breaks as blank lines, fingerprints removed
    as the policy and the editors' decisions say (pending ones are still in it: release
    refuses until they are decided). Before a scan names a policy, the default rendering
    is shown and nothing is normalised."""
    try:
        loaded = scan_policy(review.session.path, review.document_id, review.proposals)
    except WorkstationError:
        return redact_text(review.text, _accepted(review), Rendering())
    marks = fingerprinting.release_inputs(review.session, review.document_id)
    redactions = _accepted(review) + copy_marking_redactions(marks)
    policy = loaded.policy
    return redact_text(review.text, redactions, policy.rendering, policy.fingerprints, marks.also)


def _accepted(review: Review) -> list[Redaction]:
    return [
        Redaction(p.id, p.start, p.end, p.entity) for p in review.proposals if p.state == "accepted"
    ]
