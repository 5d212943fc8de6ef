"""The review service: decisions, linked occurrences, undo, manual spans and history."""

from __future__ import annotations

import pytest
from review_support import TEXT, store_document

from vault.session import Session
from vault.store import Vault
from workstation.services.errors import WorkstationError
from workstation.services.review import open_review, redact_span, release_preview
from workstation.services.scanning import stored_proposals

PASSPHRASE = "orbit lantern cobalt meadow thistle"


def actions(session: Session) -> list[tuple[str, dict[str, object]]]:
    """The log with its sealed details opened (what an unlocked editor reads)."""
    return [(e.action, e.details) for e in session.audit_entries()]


def test_a_decision_is_in_the_vault_and_the_audit_log_as_it_is_made(session: Session) -> None:
    document_id = store_document(session)
    review = open_review(session, document_id, {})
    first = review.proposals[0]
    review.decide(first.id, "accept")
    stored = {p.id: p for p in stored_proposals(session, document_id)}
    assert (stored[first.id].state, stored[first.id].decided_by) == ("accepted", "editor")
    assert review.progress().line() == "1 of 4 decided"
    action, details = actions(session)[-1]
    assert action == "proposal.decide"
    assert details == {"verdict": "accepted", "linked": False, "count": 1, "proposals": first.id}


def test_apply_to_linked_occurrences_and_undo_restore_every_one(session: Session) -> None:
    document_id = store_document(session)
    review = open_review(session, document_id, {})
    first = review.proposals[0]
    assert len(review.linked(first.id)) == 2
    review.decide(first.id, "reject", linked=True)
    assert [p.state for p in stored_proposals(session, document_id)].count("rejected") == 2
    review.undo()
    assert {p.state for p in stored_proposals(session, document_id)} == {"pending"}
    with pytest.raises(WorkstationError, match="nothing to undo"):
        review.undo()


def test_a_manual_redaction_is_stored_accepted_and_undo_removes_it(session: Session) -> None:
    document_id = store_document(session)
    review = open_review(session, document_id, {})
    start = TEXT.index("ambassador")
    manual = review.redact(start, start + len("ambassador"))
    stored = {p.id: p for p in stored_proposals(session, document_id)}
    assert stored[manual.id].state == "accepted"
    assert stored[manual.id].reason["recognizer"] == "editor"
    shown = release_preview(review)
    assert "\u2588" * 8 in shown  # the default policy's fixed-width block
    assert "ambassador" not in shown
    review.undo()
    assert manual.id not in {p.id for p in stored_proposals(session, document_id)}


def test_history_comes_back_from_the_audit_log_after_reopening(session: Session) -> None:
    document_id = store_document(session)
    review = open_review(session, document_id, {})
    identifier = review.proposals[2].id
    review.decide(identifier, "accept")
    review.decide(identifier, "reject")
    reopened = Vault.open(session.path)
    names = {e.id: e.name for e in reopened.editors()}
    again = open_review(reopened.unlock("alice", PASSPHRASE), document_id, names)
    history = again.history(identifier)
    assert [(h.editor, h.action, h.state) for h in history] == [
        ("alice", "proposal.decide", "accepted"), ("alice", "proposal.decide", "rejected")]
    assert again.get(identifier).state == "rejected"
    assert reopened.verify_audit().ok


def test_no_audit_entry_holds_document_text(session: Session) -> None:
    document_id = store_document(session)
    review = open_review(session, document_id, {})
    review.decide(review.proposals[0].id, "accept", linked=True)
    start = TEXT.index("ambassador")
    review.redact(start, start + 10)
    logged = repr(actions(session))
    for secret in ("Amira", "Haddad", "amira haddad", "ambassador", "example.org"):
        assert secret not in logged


def test_bad_spans_are_refused_with_one_line(session: Session) -> None:
    document_id = store_document(session)
    with pytest.raises(WorkstationError, match="outside document"):
        redact_span(session, document_id, 5, len(TEXT) + 1)
    with pytest.raises(WorkstationError, match="outside document"):
        redact_span(session, document_id, 7, 7)
    with pytest.raises(WorkstationError, match="entity type"):
        redact_span(session, document_id, 0, 4, "person name")
