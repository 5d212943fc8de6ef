"""The review app, driven key by key through Pilot on a real vault; the vault is the judge."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from review_support import TEXT
from tui_support import SIZE, app_on, audit_ok, finish_unlock, run_async, stored, type_text, unlock

from workstation.tui.document_view import DocumentView
from workstation.tui.inbox import InboxScreen
from workstation.tui.review_screen import ReviewScreen
from workstation.tui.unlock import UnlockScreen


@run_async
async def test_a_wrong_passphrase_is_said_inline_and_the_right_one_opens_the_inbox(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        derive, held = app.desk.unlock, threading.Event()

        def slow_unlock(editor: str, passphrase: str) -> None:  # the real one, held back
            held.wait(10)
            derive(editor, passphrase)

        app.desk.unlock = slow_unlock  # type: ignore[method-assign]
        await type_text(pilot, "not the passphrase")  # typed, as a person would
        await pilot.press("enter")
        assert isinstance(app.screen, UnlockScreen)
        status = str(app.screen.query_one("#unlock-status").render())
        assert status.startswith("Deriving the key")  # said while the worker runs
        assert app.screen.query_one("#unlock-progress").display
        held.set()
        await finish_unlock(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert not app.screen.query_one("#unlock-progress").display
        assert "Wrong passphrase" in str(app.screen.query_one("#unlock-error").render())
        assert not app.desk.unlocked
        await unlock(pilot)
        assert isinstance(app.screen, InboxScreen)
        assert document in [row.id for row in app.screen.rows]


@run_async
async def test_accept_reject_all_linked_and_undo_are_in_the_vault_at_once(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("enter")  # open the only document
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.review.proposals[0].id
        await pilot.press("a")
        assert stored(vault_path, document)[first].state == "accepted"
        await pilot.press("R")  # moved on to the linked surname: reject both
        states = stored(vault_path, document)
        assert [states[i].state for i in screen.review.linked(first)] == ["rejected", "rejected"]
        assert "2 of 4 decided" in str(screen.query_one("#progress").render())
        await pilot.press("u")
        states = stored(vault_path, document)
        assert [states[i].state for i in screen.review.linked(first)] == ["accepted", "pending"]
        assert "1 of 4 decided" in str(screen.query_one("#progress").render())
    ok, actions = audit_ok(vault_path)
    assert ok
    assert actions[-4:] == ["document.review", "proposal.decide", "proposal.decide",
                            "proposal.undo"]


@run_async
async def test_manual_redaction_by_keyboard_selection(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        view = screen.view
        start = TEXT.index("ambassador")
        view.caret = start
        await pilot.press(*["shift+right"] * len("ambassador"), "m")
        manual = [p for p in stored(vault_path, document).values() if p.decided_by == "editor"]
        assert [(p.start, p.end, p.state, p.reason["recognizer"]) for p in manual] == [
            (start, start + len("ambassador"), "accepted", "editor")]


@run_async
async def test_manual_redaction_by_dragging_the_mouse(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        screen.view.scroll_to(0, 0, animate=False)
        await pilot.pause()
        column = TEXT.index("ambassador")  # on the first line
        await pilot.mouse_down("#document", offset=(column, 0))
        await pilot.hover("#document", offset=(column + len("ambassador"), 0))
        await pilot.mouse_up("#document", offset=(column + len("ambassador"), 0))
        await pilot.press("m")
        manual = [p for p in stored(vault_path, document).values() if p.decided_by == "editor"]
        assert [(p.start, p.end) for p in manual] == [(column, column + len("ambassador"))]


@run_async
async def test_every_mark_of_the_document_view_is_styled_by_the_app_css(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        view = app.screen.query_one(DocumentView)
        assert [name for name in sorted(view.COMPONENT_CLASSES) if not view.mark(name)] == []


@run_async
async def test_decisions_survive_quitting_and_reopening(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("a", "n", "r")  # accept, move on, skip one, reject
        await pilot.press("ctrl+q")
    reopened = app_on(vault_path, document)
    async with reopened.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = reopened.screen
        assert isinstance(screen, ReviewScreen)
        assert [p.state for p in screen.review.proposals] == [
            "accepted", "pending", "rejected", "pending"]
        assert "2 of 4 decided" in str(screen.query_one("#progress").render())
        third = screen.review.proposals[2].id
        assert [h.state for h in screen.review.history(third)] == ["rejected"]
    assert audit_ok(vault_path)[0]


@run_async
async def test_search_moves_the_caret_to_the_match(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("slash")
        await type_text(pilot, "protect")
        await pilot.press("enter")
        start = TEXT.casefold().index("protect")
        assert screen.view.selection() == (start, start + len("protect"))  # the whole match


@run_async
async def test_the_release_preview_hides_accepted_spans(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("A", "v")
        assert "Haddad" not in screen.view.shown and "\u2588" in screen.view.shown
        await pilot.press("r")  # no decisions in the preview
        assert [p.state for p in screen.review.proposals][:2] == ["accepted", "accepted"]
        await pilot.press("v")
        assert "Amira Haddad" in screen.view.shown


@run_async
async def test_idle_lock_drops_the_session_and_the_text(vault_path: Path, document: str) -> None:
    # Without the start-up isolation probe: its child's start competes for the CPU within
    # the test's few seconds, which on a loaded machine alone can reach the idle limit.
    app = app_on(vault_path, document, idle_seconds=3.0, probe_isolation=False)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await asyncio.sleep(1.5)
        await pilot.press("n")  # activity restarts the clock
        await asyncio.sleep(2.0)
        assert isinstance(app.screen, ReviewScreen)
        await asyncio.sleep(2.5)  # past 3 s idle plus one check interval (a quarter of it)
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        assert not app.desk.unlocked and app.desk.review is None
        assert not any(isinstance(screen, ReviewScreen) for screen in app.screen_stack)
        assert "inactivity" in str(app.screen.query_one("#unlock-locked").render())


@run_async
async def test_the_proposal_list_filters_by_entity_and_jumps(
    vault_path: Path, document: str
) -> None:
    from textual.widgets import OptionList, Select

    from workstation.tui.proposal_list import ProposalListScreen

    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("l")
        listing = app.screen
        assert isinstance(listing, ProposalListScreen)
        assert listing.query_one(OptionList).option_count == 4
        listing.query_one("#entity-filter", Select).value = "PHONE_NUMBER"
        await pilot.pause()
        options = listing.query_one(OptionList)
        assert options.option_count == 1
        options.highlighted = 0
        await pilot.press("enter")
        assert app.screen is review
        assert review.view.chosen is not None
        assert review.review.proposals[review.view.chosen].entity == "PHONE_NUMBER"
