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
import re
import sys
from dataclasses import dataclass, field, replace

from vault import Session
from workstation.policy.model import Rendering
from workstation.release.rendering import Redaction, redact_text
from workstation.services import fingerprinting, page_readings
from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import StoredFinding
from workstation.services.release import copy_marking_redactions
from workstation.services.scanning import (
    DECIDED,
    StoredProposal,
    language_notices,
    proposal_id,
    scan_policy,
    stored_proposals,
)
from workstation.services.verdicts import (
    Details,
    Verdict,
    decided,
    recorded_verdict,
    write_decisions,
)

MANUAL_RECOGNIZER = "editor"
MANUAL_ENTITY = "MANUAL"
DECISION_ACTIONS = ("proposal.decide", "proposal.undo", "proposal.redact", "proposal.retype")
FINDING_ACTIONS = fingerprinting.DECISION_ACTIONS
OVERLAPS = 64
"""How many earlier proposals may still cover an offset (spans overlap only a little)."""
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


def _check_entity(entity: str) -> None:
    if not entity.isidentifier() or not entity.isupper():
        raise WorkstationError("the entity type is upper-case letters and _, e.g. PERSON")


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
    readings: page_readings.PageReadings = field(default_factory=page_readings.PageReadings)
    """What OCR read on the pages without a text layer: each word's confidence and box."""

    def __post_init__(self) -> None:
        self._reindex()
        self._finding_index = {f.id: i for i, f in enumerate(self.findings)}

    def _reindex(self) -> None:
        self.proposals.sort(key=lambda p: (p.start, p.end, p.entity))
        self._index = {p.id: i for i, p in enumerate(self.proposals)}
        self._starts = [p.start for p in self.proposals]
        self._groups = {}
        self._counts = {str(verdict): 0 for verdict in Verdict}
        for p in self.proposals:
            self._groups.setdefault(p.group, []).append(p.id)
            self._counts[p.state] = self._counts.get(p.state, 0) + 1

    def reload(self) -> None:
        """Read the proposals again, after a decision made for the whole vault changed them."""
        self.proposals = stored_proposals(self.session, self.document_id)
        self._reindex()

    # Reading -------------------------------------------------------------------------

    def get(self, identifier: str) -> StoredProposal:
        if identifier not in self._index:
            raise WorkstationError(f"no proposal {identifier} in document {self.document_id}")
        return self.proposals[self._index[identifier]]

    def has(self, identifier: str) -> bool:
        return identifier in self._index

    def position(self, identifier: str) -> int:
        return self._index[identifier]

    def proposal_at(self, offset: int) -> str | None:
        """The proposal covering ``offset`` (the latest-starting one where spans overlap),
        so a click or the caret can choose any proposal, decided or not."""
        position = bisect.bisect_right(self._starts, offset) - 1
        for candidate in self.proposals[max(0, position - OVERLAPS) : position + 1][::-1]:
            if candidate.start <= offset < candidate.end:
                return candidate.id
        return None

    def linked(self, identifier: str) -> list[str]:
        """Ids of every occurrence linked to this proposal (itself included)."""
        return list(self._groups.get(self.get(identifier).group, [identifier]))

    def next_pending(self, index: int, step: int = 1) -> int | None:
        """The nearest pending proposal after (step 1) or before (step -1) ``index``."""
        position = index + step
        while 0 <= position < len(self.proposals):
            if self.proposals[position].state == Verdict.PENDING:
                return position
            position += step
        return None

    def progress(self) -> Progress:
        counts, total = self._counts, len(self.proposals)
        return Progress(
            total - counts[Verdict.PENDING],
            total,
            counts[Verdict.PENDING],
            counts[Verdict.ACCEPTED],
            counts[Verdict.REJECTED],
            sum(f.state == Verdict.PENDING for f in self.findings),
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
            if f.state == Verdict.PENDING
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
        state = decided(verdict)
        ids = self.linked(identifier) if linked else [identifier]
        before = [self.get(i) for i in ids]
        after = [replace(p, state=state, decided_by="editor") for p in before]
        self._write(after, [], "proposal.decide", state, {"linked": linked})
        self._undo.append(Step(tuple(before)))
        return after

    def decide_entity(self, entity: str, verdict: str) -> list[StoredProposal]:
        """Accept or reject every proposal of one entity type in one audited, undoable step
        (the command line's ``decide --entity``)."""
        state = decided(verdict)
        before = [p for p in self.proposals if p.entity == entity]
        if not before:
            raise WorkstationError(f"no {entity} proposals in this document")
        after = [replace(p, state=state, decided_by="editor") for p in before]
        self._write(after, [], "proposal.decide", state, {"entity": entity})
        self._undo.append(Step(tuple(before)))
        return after

    def retype(self, identifier: str, entity: str) -> StoredProposal:
        """Correct a proposal's entity type (its span and state stay); audited with the
        old and new type, undoable. A detector's wrong label would otherwise reach the
        release as a wrong ``[LABEL]``."""
        _check_entity(entity)
        before = self.get(identifier)
        if before.entity == entity:
            raise WorkstationError(f"proposal {identifier} is already {entity}")
        after = replace(before, entity=entity, decided_by="editor")
        self._write([after], [], "proposal.retype", None, {"entity": entity, "was": before.entity})
        self._undo.append(Step((before,)))
        return after

    def redact_all(self, spans: list[tuple[int, int]]) -> list[StoredProposal]:
        """Manual redactions of many spans (every match of a search) as one audited, undoable
        action; spans already redacted as manual ones are skipped."""
        added: dict[str, StoredProposal] = {}
        for start, end in spans:
            manual = self._manual(start, end, MANUAL_ENTITY)
            if manual.id not in self._index:
                added.setdefault(manual.id, manual)
        if not added:
            raise WorkstationError("every match is already redacted")
        self._write(list(added.values()), [], "proposal.redact", None, {"matches": len(added)})
        self._undo.append(Step((), tuple(added)))
        return list(added.values())

    def _manual(self, start: int, end: int, entity: str) -> StoredProposal:
        """An accepted span an editor added, checked to lie inside the text."""
        if not 0 <= start < end <= len(self.text):
            raise WorkstationError(
                f"span {start}-{end} is outside document {self.document_id} "
                f"(its text has {len(self.text)} characters)"
            )
        identifier = proposal_id(self.session, self.document_id, start, end, entity)
        return StoredProposal(
            identifier,
            Verdict.ACCEPTED,
            start,
            end,
            entity,
            1.0,
            f"manual:{identifier}",
            {"recognizer": MANUAL_RECOGNIZER, "rule": "added by an editor"},
            "editor",
            {},
        )

    def redact(self, start: int, end: int, entity: str = MANUAL_ENTITY) -> StoredProposal:
        """A manual redaction of text the detector missed: accepted, kept by any re-scan."""
        manual = self._manual(start, end, entity)  # refuses a span outside the text first
        if not entity.isidentifier() or not entity.isupper():
            raise WorkstationError("the entity type is upper-case letters and _, e.g. PERSON")
        for existing in self.proposals:
            if (existing.start, existing.end, existing.entity) == (start, end, entity):
                raise WorkstationError(f"that span is already proposal {existing.id}")
        self._write([manual], [], "proposal.redact")
        self._undo.append(Step((), (manual.id,)))
        return manual

    def decide_finding(
        self, identifier: str, verdict: str, same_kind: bool = False
    ) -> list[StoredFinding]:
        """Accept (release removes it as the policy says) or reject (keep) a fingerprint
        finding, or every finding of its kind; audited as the command line's decisions."""
        state = decided(verdict)
        ids = self.same_kind(identifier) if same_kind else [identifier]
        before = [self.finding(i) for i in ids]
        after = [fingerprinting.with_state(f, state) for f in before]
        self._write_findings(after, "fingerprint.decide", state, {"same_kind": same_kind})
        self._undo.append(Step((), (), tuple(before)))
        return after

    def undo(self) -> list[str]:
        """Take back this editor's last decision in this review; returns the ids touched."""
        if not self._undo:
            raise WorkstationError("nothing to undo in this review")
        step = self._undo[-1]
        if step.findings_before:
            self._write_findings(list(step.findings_before), "fingerprint.undo")
        else:
            self._write(list(step.before), list(step.created), "proposal.undo")
        self._undo.pop()
        return (
            [p.id for p in step.before] + list(step.created) + [f.id for f in step.findings_before]
        )

    def _write_findings(
        self,
        changed: list[StoredFinding],
        action: str,
        verdict: Verdict | None = None,
        details: Details | None = None,
    ) -> None:
        items = [stored.to_item() for stored in changed]
        write_decisions(
            self.session, self.document_id, fingerprinting.DECIDED, items, action, verdict, details
        )
        for stored in changed:
            self.findings[self._finding_index[stored.id]] = stored
        self._remember([f.id for f in changed], action, [], {f.id: f.state for f in changed})

    def _write(
        self,
        changed: list[StoredProposal],
        removed: list[str],
        action: str,
        verdict: Verdict | None = None,
        details: Details | None = None,
    ) -> None:
        items = [p.to_item() for p in changed]
        write_decisions(
            self.session, self.document_id, DECIDED, items, action, verdict, details, removed
        )
        self._apply(changed, removed)
        self._remember([p.id for p in changed] + removed, action, changed)

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


def open_review(session: Session, document_id: str, editor_names: dict[str, str]) -> Review:
    """Decrypt the text and proposals; opening a document for review is itself audited."""
    document = session.document(document_id)
    if document.state == "shredded":
        raise WorkstationError(f"document {document_id} was shredded; its content is gone")
    text = session.read_text(document_id)
    if text is None:
        raise WorkstationError(f"document {document_id} has no text to review")
    readings = page_readings.stored(session, document_id)
    review = Review(
        session,
        document_id,
        text,
        stored_proposals(session, document_id),
        editor_names,
        findings=fingerprinting.stored_findings(session, document_id),
        notices=language_notices(text) + ocr_notices(readings),
        readings=readings,
    )
    review._history = _history_from_audit(session, document_id, editor_names)
    session.record(
        "document.review",
        document_id,
        {"proposals": len(review.proposals), "fingerprints": len(review.findings)},
    )
    return review


def ocr_notices(readings: page_readings.PageReadings) -> tuple[str, ...]:
    """Said when a document with pages read by OCR is opened: which pages, and how many
    words OCR was unsure of (marked in the text)."""
    if not readings.pages:
        return ()
    pages = ", ".join(str(page + 1) for page in readings.pages)
    low = len(readings.low_confidence())
    return (
        f"OCR: page(s) {pages} read from their pictures; {low} word(s) read with low "
        f"confidence (under {page_readings.LOW_CONFIDENCE:.0f} %) are marked: check them "
        "against the page (o previews it)",
    )


def _history_from_audit(
    session: Session, document_id: str, names: dict[str, str]
) -> dict[str, list[HistoryEntry]]:
    """Each proposal's decisions as the audit log names them (by id, never by text)."""
    history: dict[str, list[HistoryEntry]] = {}
    for entry in session.audit_entries():
        if entry.object_id != document_id or entry.action not in (
            DECISION_ACTIONS + FINDING_ACTIONS
        ):
            continue
        state = recorded_verdict(entry.details)
        if entry.action == "proposal.redact":
            state = Verdict.ACCEPTED
        decided_kind = fingerprinting.DECIDED if entry.action in FINDING_ACTIONS else DECIDED
        ids = entry.details.get(decided_kind.ids_key)
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
        Redaction(p.id, p.start, p.end, p.entity)
        for p in review.proposals
        if p.state == Verdict.ACCEPTED
    ]
