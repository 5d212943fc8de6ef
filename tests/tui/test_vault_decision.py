"""Issue 18.4 in the review UI: decide a name once for every document, its reach shown first."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import TEXT, store_document
from tui_support import SIZE, app_on, audit_ok, run_async, said, stored, unlock

from vault.session import Session
from workstation.services.scanning import StoredProposal
from workstation.tui.review_screen import ReviewScreen
from workstation.tui.vault_decision_screen import VaultDecisionScreen

OTHER = "Minutes. A. Haddad spoke first; Amira Haddad then left the room.\n"
POLICY = {"id": "default", "version": "1", "sha256": "0" * 64}


def pending(text: str, part: str, identifier: str) -> StoredProposal:
    start = text.index(part)
    reason = {"recognizer": "SpacyRecognizer"}
    return StoredProposal(
        identifier, "pending", start, start + len(part), "PERSON", 0.8, "g", reason, "policy",
        POLICY,
    )


@pytest.fixture
def two_documents(session: Session) -> tuple[str, str]:
    first = store_document(session)
    second = store_document(session, OTHER, [pending(OTHER, "Amira Haddad", "p0000000001")])
    session.connection.close()
    return first, second


@run_async
async def test_deciding_once_shows_the_reach_then_decides_every_document(
    vault_path: Path, two_documents: tuple[str, str]
) -> None:
    first, second = two_documents
    app = app_on(vault_path, first)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        name = review.review.proposals[0]
        assert TEXT[name.start : name.end] == "Amira Haddad"
        await pilot.press("D")
        modal = app.screen
        assert isinstance(modal, VaultDecisionScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = str(modal.query_one("#vault-decision-reach").render())
        assert "Always redact: 3 span(s) in 2 document(s); 3 proposal(s) in 2" in shown
        assert "A. Haddad" in shown  # the forms it reaches
        assert stored(vault_path, second)["p0000000001"].state == "pending"  # nothing yet

        await pilot.press("a")
        await pilot.pause()
        assert app.screen is review
        assert review.review.get(name.id).state == "accepted"  # the open document follows
        assert any("Always redact in every document" in line for line in said(app))

    assert stored(vault_path, first)[name.id].state == "accepted"
    decided = stored(vault_path, second)
    assert decided["p0000000001"].state == "accepted"
    added = [p for p in decided.values() if OTHER[p.start : p.end] == "A. Haddad"]
    assert [(p.state, p.decided_by) for p in added] == [("accepted", "editor")]
    ok, actions = audit_ok(vault_path)
    assert ok and actions.count("decision.vault") == 1


@run_async
async def test_escape_leaves_every_document_as_it_was(
    vault_path: Path, two_documents: tuple[str, str]
) -> None:
    first, second = two_documents
    app = app_on(vault_path, first)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("D")
        await app.workers.wait_for_complete()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
    assert stored(vault_path, second)["p0000000001"].state == "pending"
    assert "decision.vault" not in audit_ok(vault_path)[1]
