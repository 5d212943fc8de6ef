"""Moving through a review: auto-advance after a decision, wrapping, the proposal list."""

from __future__ import annotations

import hashlib
from pathlib import Path

from review_support import TEXT, span, store_document
from textual.widgets import Input, OptionList, Select
from tui_support import SIZE, app_on, audit_ok, run_async, said, stored, type_text, unlock

from vault.session import Session
from workstation.services.scanning import StoredProposal
from workstation.tui.prompts import PromptScreen
from workstation.tui.proposal_list import ProposalListScreen
from workstation.tui.review_screen import ReviewScreen


def current(screen: ReviewScreen) -> str | None:
    return screen.view.current_id()


def span_in(text: str, words: str, entity: str) -> StoredProposal:
    start = text.index(words)
    model = span("Amira Haddad", "PERSON", "g")
    end = start + len(words)
    identifier = "p" + hashlib.sha256(f"{start}:{end}:{entity}".encode()).hexdigest()[:10]
    return StoredProposal(identifier, "pending", start, end, entity, 0.9,
                          f"{entity}:{start}", model.reason, "policy", model.policy)


def row(listing: ProposalListScreen, index: int) -> str:
    return str(listing.query_one(OptionList).get_option_at_index(index).prompt)


@run_async
async def test_a_decision_moves_to_the_next_pending_and_the_setting_is_remembered(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        ids = [p.id for p in screen.review.proposals]
        await pilot.press("a")
        assert current(screen) == ids[1]
        await pilot.press("r")
        assert current(screen) == ids[2]
        await pilot.press("t")  # stay after a decision from now on
        await pilot.press("a")
        assert current(screen) == ids[2]
        assert [stored(vault_path, document)[i].state for i in ids[:3]] == [
            "accepted", "rejected", "accepted"]
    reopened = app_on(vault_path, document)
    async with reopened.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = reopened.screen
        assert isinstance(screen, ReviewScreen)
        assert not screen.advance  # the setting is kept for this vault
        await pilot.press("t")
        assert screen.advance


@run_async
async def test_next_wraps_around_with_a_notice(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        ids = [p.id for p in screen.review.proposals]
        await pilot.press("n", "n", "n")
        assert current(screen) == ids[3]
        await pilot.press("n")
        assert current(screen) == ids[0]
        assert "Wrapped around to the first pending item." in said(app)
        await pilot.press("p")
        assert current(screen) == ids[3]
        assert "Wrapped around to the last pending item." in said(app)
        await pilot.press("a", "a", "a", "a")  # the last decision wraps to the first pending
        assert {stored(vault_path, document)[i].state for i in ids} == {"accepted"}
        await pilot.press("n")
        assert "Nothing is pending: every proposal and finding is decided." in said(app)


@run_async
async def test_the_list_shows_neutralised_words_and_sorts_by_entity_and_state(
    session: Session, vault_path: Path
) -> None:
    text = TEXT.replace("Amira Haddad met", "Amira\x1b[2JHadd met")
    document = store_document(session, text, [span_in(text, "Amira\x1b[2JHadd", "PERSON"),
                                              span_in(text, "+44 20 7946 0958", "PHONE_NUMBER"),
                                              span_in(text, "ambassador", "TITLE")])
    session.connection.close()
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("r")  # the first (the name) is kept
        await pilot.press("l")
        listing = app.screen
        assert isinstance(listing, ProposalListScreen)
        assert [row(listing, i).split()[2] for i in range(3)] == [
            "PERSON", "TITLE", "PHONE_NUMBER"]  # by position
        assert row(listing, 0).endswith("Amira\\x1b[2JHadd")  # escaped, never sent raw
        assert row(listing, 1).endswith("ambassador")
        listing.query_one("#sort-by", Select).value = "entity"
        await pilot.pause()
        assert [row(listing, i).split()[2] for i in range(3)] == [
            "PERSON", "PHONE_NUMBER", "TITLE"]
        listing.query_one("#sort-by", Select).value = "state"
        await pilot.pause()
        assert [row(listing, i).split()[3] for i in range(3)] == [
            "pending", "pending", "rejected"]


@run_async
async def test_a_whole_entity_type_is_decided_from_the_list_in_one_audited_step(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("l")
        listing = app.screen
        assert isinstance(listing, ProposalListScreen)
        await pilot.press("A")
        assert "Choose an entity type in the filter first." in said(app)
        listing.query_one("#entity-filter", Select).value = "PERSON"
        await pilot.pause()
        await pilot.press("A")
        assert "Accepted all 2 PERSON proposal(s)." in said(app)
        await pilot.press("escape")
        assert app.screen is review
        assert "2 of 4 decided" in str(review.query_one("#progress").render())
        await pilot.press("u")  # one step: both come back
    states = {p.entity: p.state for p in stored(vault_path, document).values()}
    assert states["PERSON"] == "pending"
    ok, actions = audit_ok(vault_path)
    assert ok and actions[-2:] == ["proposal.decide", "proposal.undo"]


@run_async
async def test_a_click_or_enter_chooses_a_decided_proposal_to_change_it(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.review.proposals[0].id
        await pilot.press("a")
        assert current(screen) != first
        await pilot.click("#document", offset=(TEXT.index("Haddad") + 1, 0))
        assert current(screen) == first  # decided, yet chosen
        await pilot.press("r")
        assert stored(vault_path, document)[first].state == "rejected"
        email = TEXT.index("amira.haddad")
        await pilot.click("#document", offset=(1, 5))  # off any proposal: nothing chosen
        screen.view.caret = email + 3
        await pilot.press("enter")
        assert current(screen) == screen.review.proposals[2].id


@run_async
async def test_an_entity_type_is_corrected_audited_and_undone(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        phone = screen.review.proposals[3].id
        screen.show(phone)
        await pilot.press("e")
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = "account_number"
        await pilot.press("enter")
        assert stored(vault_path, document)[phone].entity == "ACCOUNT_NUMBER"
        assert f"{phone} is now ACCOUNT_NUMBER." in said(app)
        await pilot.press("u")
        assert stored(vault_path, document)[phone].entity == "PHONE_NUMBER"
    ok, actions = audit_ok(vault_path)
    assert ok and actions[-2:] == ["proposal.retype", "proposal.undo"]


@run_async
async def test_search_selects_the_match_for_m_and_redacts_every_match_as_one_action(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("slash")
        await type_text(pilot, "ambassador")
        await pilot.press("enter", "m")
        start = TEXT.index("ambassador")
        manual = [p for p in stored(vault_path, document).values() if p.entity == "MANUAL"]
        assert [(p.start, p.end, p.state) for p in manual] == [
            (start, start + len("ambassador"), "accepted")]
        await pilot.press("slash")
        await type_text(pilot, "haddad")
        await pilot.press("enter", "M")
        assert "Redacted 3 match(es) as one action (u undoes it)." in said(app)
        manual = [p for p in stored(vault_path, document).values() if p.entity == "MANUAL"]
        assert len(manual) == 4
    ok, actions = audit_ok(vault_path)
    assert ok and actions[-2:] == ["proposal.redact", "proposal.redact"]
