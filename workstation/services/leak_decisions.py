"""Decisions once per leak: "always redact" or "never redact" a name or any string, in
every document of the vault, now and in every later scan.

An archive of thousands of cables names the same informant in hundreds of them; an
editor decides that name once. The decision reaches every form of it the deny lists and
the release gate know (:mod:`workstation.text.variants`: case, diacritics, initial +
surname, given name + surname, another script's spelling, and on request the surname
alone), and is shown before it is applied: how many spans in how many documents, and
how many proposals it would change.

- **always redact** accepts every proposal inside a mention and adds an accepted span
  where nothing covers the mention yet; it overrides earlier rejections, since keeping a
  name the editor now wants gone is the mistake that endangers a source.
- **never redact** rejects proposals that are a mention (or lie inside one), but never
  unredacts what an editor accepted by hand or what a deny list proposes: widening what
  is published takes a decision per document.

The decision is one audited action (``decision.vault``, details: the rule id, verdict and
counts; never the term) that writes the rule and every document's changed proposals in
one transaction; approvals of the changed documents are voided as any decision voids
them. The rule lives in the vault as an opaque sealed record (``Session.put_across``);
its meaning lives here. Every later scan applies every rule (:func:`applied_on_scan`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from vault import Session
from workstation.detection.findings import DENY_RECOGNIZER
from workstation.services.errors import WorkstationError
from workstation.services.scanning import (
    DECIDED,
    StoredProposal,
    proposal_id,
    reviewable_ids,
    stored_proposals,
)
from workstation.services.verdicts import Verdict
from workstation.text.folding import fold_term
from workstation.text.variants import latin, name_variants, occurrences, spellings

RECORD_KIND = "vault-decision"
ACTION = "decision.vault"
RECOGNIZER = "editor"  # an editor's decision: kept by every re-scan like a manual redaction
VERDICTS = {"always": Verdict.ACCEPTED, "never": Verdict.REJECTED}
MAX_TERM = 200
DEFAULT_ENTITY = "PERSON"


@dataclass(frozen=True)
class LeakDecision:
    """One rule: a term, what to do with it everywhere, and who decided it when."""

    id: str
    verdict: Verdict
    term: str
    entity: str
    surname: bool
    decided_by: str
    decided_at: str

    @property
    def word(self) -> str:
        """How editors say it: "always" (redact) or "never" (redact)."""
        return "always" if self.verdict == Verdict.ACCEPTED else "never"

    def forms(self) -> set[str]:
        """The folded forms looked for in every document."""
        return spellings(self.term, surname=self.surname)

    @property
    def endings(self) -> bool:
        """Whether the forms reach a surname's endings ("Vesku"): for "always" only, so
        that "never" for "Anna Bell" does not keep a "Bella" in every document."""
        return self.verdict == Verdict.ACCEPTED

    def variants(self) -> list[str]:
        """The forms as an editor reads them (for the preview on their own screen)."""
        written = name_variants(self.term, surname=self.surname)
        spelled = {latin(variant) for variant in written} - written
        return sorted(written) + sorted(spelled)

    def to_bytes(self) -> bytes:
        fields = {
            "verdict": str(self.verdict),
            "term": self.term,
            "entity": self.entity,
            "surname": self.surname,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
        }
        return json.dumps(fields, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, rule_id: str, data: bytes) -> LeakDecision:
        fields = json.loads(data)
        return cls(
            rule_id,
            Verdict(fields["verdict"]),
            str(fields["term"]),
            str(fields["entity"]),
            bool(fields["surname"]),
            str(fields["decided_by"]),
            str(fields["decided_at"]),
        )


@dataclass(frozen=True)
class DocumentChange:
    """What a rule does to one document: proposals it decides, spans it adds."""

    document_id: str
    mentions: int
    changed: tuple[StoredProposal, ...]
    added: tuple[StoredProposal, ...]
    kept: int  # editor's own accepted spans a "never" rule leaves redacted


@dataclass(frozen=True)
class Reach:
    """A rule's reach, shown before it is applied: "1,041 spans in 312 documents"."""

    decision: LeakDecision
    spans: int
    documents: int
    changes: tuple[DocumentChange, ...]

    @property
    def proposals(self) -> int:
        return sum(len(c.changed) + len(c.added) for c in self.changes)

    @property
    def kept(self) -> int:
        return sum(c.kept for c in self.changes)

    def line(self) -> str:
        """One sentence that names no text."""
        changed = [c for c in self.changes if c.changed or c.added]
        said = (
            f"{self.spans:,} span(s) in {self.documents:,} document(s); "
            f"{self.proposals:,} proposal(s) in {len(changed):,} document(s) change"
        )
        if self.kept:
            said += f"; {self.kept:,} redaction(s) editors made by hand stay"
        return said


def rule_for(
    session: Session, word: str, term: str, *, entity: str = DEFAULT_ENTITY, surname: bool = False
) -> LeakDecision:
    """A rule not yet stored: the same term (folded) always gets the same id, so a new
    decision on it replaces the old one."""
    if word not in VERDICTS:
        raise WorkstationError("a decision for the whole vault is 'always' or 'never'")
    cleaned = " ".join(term.split())
    folded = fold_term(cleaned)
    if not folded or len(cleaned) > MAX_TERM:
        raise WorkstationError(f"the term must be 1 to {MAX_TERM} characters, not only spaces")
    if not entity.isidentifier() or not entity.isupper():
        raise WorkstationError("the entity type is upper-case letters and _, e.g. PERSON")
    rule_id = "r" + session.keyed_id(f"vault-decision:{folded}".encode()).hex()[:10]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    return LeakDecision(rule_id, VERDICTS[word], cleaned, entity, surname, session.editor_name, now)


def rules(session: Session) -> list[LeakDecision]:
    """Every stored rule, oldest first."""
    stored = session.records(RECORD_KIND)
    found = [LeakDecision.from_bytes(rule_id, data) for rule_id, data in stored.items()]
    return sorted(found, key=lambda rule: (rule.decided_at, rule.id))


def reach(
    session: Session,
    decision: LeakDecision,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Reach:
    """What the rule would do to every reviewable document, computed, not applied."""
    ids = reviewable_ids(session)
    changes: list[DocumentChange] = []
    spans = documents = 0
    forms = decision.forms()
    for index, document_id in enumerate(ids):
        text = session.read_text(document_id) or ""
        found = [(s, e) for s, e, _ in occurrences(text, forms, endings=decision.endings)]
        if found:
            spans, documents = spans + len(found), documents + 1
            proposals = stored_proposals(session, document_id)
            if proposals:  # an unscanned document gets the rule when it is scanned
                changes.append(_change(session, document_id, decision, found, proposals))
        progress(index + 1, len(ids))
    return Reach(decision, spans, documents, tuple(changes))


def apply(session: Session, seen: Reach) -> Reach:
    """Store the rule and every change the preview showed, in one audited action.

    The reach is computed again inside this call's reading of the vault, so a document
    scanned or decided since the preview is applied as it is now; the returned reach is
    what was applied.
    """
    done = reach(session, seen.decision)
    changed = {
        change.document_id: [p.to_item() for p in (*change.changed, *change.added)]
        for change in done.changes
        if change.changed or change.added
    }
    details: dict[str, str | int | bool | None] = {
        "rule": done.decision.id,
        "verdict": str(done.decision.verdict),
        "spans": done.spans,
        "documents": done.documents,
        "count": done.proposals,
        "documents_changed": len(changed),
    }
    record = (RECORD_KIND, done.decision.id, done.decision.to_bytes())
    session.put_across(ACTION, done.decision.id, details, DECIDED.kind, changed, record)
    return done


def revoke(session: Session, rule_id: str) -> LeakDecision:
    """Stop applying a rule to later scans; what it decided stays decided."""
    known = {rule.id: rule for rule in rules(session)}
    if rule_id not in known:
        raise WorkstationError(
            f"no vault decision {rule_id} ('workstation decisions list' shows them)"
        )
    details: dict[str, str | int | bool | None] = {"rule": rule_id, "revoked": True}
    session.put_across(ACTION, rule_id, details, DECIDED.kind, {}, (RECORD_KIND, rule_id, None))
    return known[rule_id]


def applied_on_scan(
    session: Session, document_id: str, proposals: list[StoredProposal]
) -> list[StoredProposal]:
    """A new scan's proposals with every rule applied: "never" rules first, so where an
    "always" and a "never" rule meet, the name is redacted."""
    stored = rules(session)
    if not stored:
        return proposals
    text = session.read_text(document_id) or ""
    ordered = sorted(stored, key=lambda rule: rule.verdict == Verdict.ACCEPTED)
    for rule in ordered:
        forms = rule.forms()
        found = [(s, e) for s, e, _ in occurrences(text, forms, endings=rule.endings)]
        if found:
            change = _change(session, document_id, rule, found, proposals)
            updated = {p.id: p for p in proposals} | {p.id: p for p in change.changed}
            proposals = [*updated.values(), *change.added]
    return proposals


def _change(
    session: Session,
    document_id: str,
    decision: LeakDecision,
    mentions: list[tuple[int, int]],
    proposals: list[StoredProposal],
) -> DocumentChange:
    if decision.verdict == Verdict.ACCEPTED:
        return _always(session, document_id, decision, mentions, proposals)
    return _never(document_id, decision, mentions, proposals)


def _decided(proposal: StoredProposal, decision: LeakDecision) -> StoredProposal:
    reason = {**proposal.reason, "vault_decision": decision.id}
    return replace(proposal, state=decision.verdict, decided_by="editor", reason=reason)


def _always(
    session: Session,
    document_id: str,
    decision: LeakDecision,
    mentions: list[tuple[int, int]],
    proposals: list[StoredProposal],
) -> DocumentChange:
    changed: dict[str, StoredProposal] = {}
    added: dict[str, StoredProposal] = {}
    for start, end in mentions:
        inside = [p for p in proposals if start <= p.start and p.end <= end]
        for proposal in inside:
            if proposal.state != Verdict.ACCEPTED or proposal.decided_by != "editor":
                changed[proposal.id] = _decided(proposal, decision)
        covering = any(
            p.start <= start and end <= p.end and (p.state == Verdict.ACCEPTED or p.id in changed)
            for p in proposals
        )
        if not covering:
            identifier = proposal_id(session, document_id, start, end, decision.entity)
            added[identifier] = StoredProposal(
                identifier,
                Verdict.ACCEPTED,
                start,
                end,
                decision.entity,
                1.0,
                f"vault:{decision.id}",
                {
                    "recognizer": RECOGNIZER,
                    "rule": "decided for the whole vault",
                    "vault_decision": decision.id,
                },
                "editor",
                {},
            )
    known = {p.id for p in proposals}
    fresh = tuple(p for i, p in added.items() if i not in known)
    return DocumentChange(document_id, len(mentions), tuple(changed.values()), fresh, 0)


def _never(
    document_id: str,
    decision: LeakDecision,
    mentions: list[tuple[int, int]],
    proposals: list[StoredProposal],
) -> DocumentChange:
    changed: dict[str, StoredProposal] = {}
    kept = 0
    for start, end in mentions:
        for proposal in proposals:
            if not (start <= proposal.start and proposal.end <= end):
                continue
            by_hand = proposal.decided_by == "editor" and proposal.state == Verdict.ACCEPTED
            if by_hand or proposal.reason.get("recognizer") == DENY_RECOGNIZER:
                kept += by_hand
                continue
            if proposal.state != Verdict.REJECTED:
                changed[proposal.id] = _decided(proposal, decision)
    return DocumentChange(document_id, len(mentions), tuple(changed.values()), (), kept)
