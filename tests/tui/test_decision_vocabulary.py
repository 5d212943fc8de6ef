"""One decision vocabulary: every way of deciding audits the state it set, in the same words,
and the review still reads entries an older version wrote in the verb ("accept")."""

from __future__ import annotations

import pytest
from review_support import TEXT, store_document

from vault.session import Session
from vault.store import Vault
from workstation.policy import PolicyRegistry
from workstation.services import decisions, fingerprinting
from workstation.services.audit_log import rows
from workstation.services.errors import WorkstationError
from workstation.services.review import open_review
from workstation.services.scanning import stored_proposals
from workstation.services.verdicts import Verdict

MARKED = TEXT + "Copy 4 of 9\n"  # a copy marking: the default policy leaves it to review


def marked_document(session: Session) -> tuple[str, str]:
    """A document with four pending proposals and one pending fingerprint finding."""
    document_id = store_document(session, MARKED)
    fingerprinting.run_pass(session, document_id, PolicyRegistry().load("default"))
    (finding,) = [
        f for f in fingerprinting.stored_findings(session, document_id) if f.state == "pending"
    ]
    return document_id, finding.id


def audited(session: Session) -> list[tuple[str, dict[str, str | int | bool | None]]]:
    """The entries with their sealed details opened (the passphrase's view)."""
    return [(e.action, e.details) for e in session.audit_entries()]


def verdicts_audited(session: Session) -> list[tuple[str, object]]:
    return [(action, details["verdict"]) for action, details in audited(session)
            if "verdict" in details]


def test_proposals_and_findings_are_audited_with_the_state_they_were_given(
    session: Session,
) -> None:
    document_id, finding_id = marked_document(session)
    first, second, *_ = stored_proposals(session, document_id)
    decisions.decide(session, document_id, [first], "accept")  # the command line's way
    fingerprinting.decide(session, document_id, [finding_id], "reject")
    review = open_review(session, document_id, {})  # the review UI's way
    review.decide(second.id, "reject")
    review.decide_finding(finding_id, "accept")

    assert verdicts_audited(session) == [
        ("proposal.decide", "accepted"),
        ("fingerprint.decide", "rejected"),
        ("proposal.decide", "rejected"),
        ("fingerprint.decide", "accepted"),
    ]
    states = {p.id: p.state for p in stored_proposals(session, document_id)}
    assert (states[first.id], states[second.id]) == (Verdict.ACCEPTED, Verdict.REJECTED)


def test_a_verdict_other_than_accept_or_reject_is_refused_before_anything_is_written(
    session: Session,
) -> None:
    document_id, finding_id = marked_document(session)
    before = len(audited(session))
    review = open_review(session, document_id, {})
    for decide in (
        lambda: review.decide(review.proposals[0].id, "accepted"),
        lambda: review.decide_finding(finding_id, "pending"),
        lambda: fingerprinting.decide(session, document_id, [finding_id], "maybe"),
    ):
        with pytest.raises(WorkstationError, match="accept or reject"):
            decide()
    assert [action for action, _ in audited(session)[before:]] == ["document.review"]


def test_findings_entries_in_the_older_spelling_still_verify_and_read_as_states(
    session: Session,
) -> None:
    document_id, finding_id = marked_document(session)
    # What an earlier version wrote for a finding's decision: the verb, not the state.
    session.record(
        "fingerprint.decide", document_id, {"verdict": "accept", "findings": 1, "ids": finding_id}
    )
    vault = Vault.open(session.path)
    assert vault.verify_audit().ok
    assert rows(vault, session)[-1].details["verdict"] == "accept"  # shown as it was signed

    review = open_review(session, document_id, {})
    history = review.history(finding_id)
    assert [(h.action, h.state) for h in history] == [("fingerprint.decide", "accepted")]
