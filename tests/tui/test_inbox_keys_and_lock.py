"""Small things a newcomer trips on: the inbox's o and F5, its cursor after a reload,
what ctrl+l says, and the review's title line."""

from __future__ import annotations

from pathlib import Path

from review_support import store_document
from textual.widgets import Input
from tui_support import SIZE, app_on, run_async, said, unlock

from vault.session import Session
from workstation.tui.inbox import InboxScreen
from workstation.tui.release_screen import ReleaseScreen
from workstation.tui.review_screen import ReviewScreen
from workstation.tui.unlock import UnlockScreen
from workstation.tui.virtual_table import VirtualTable


@run_async
async def test_o_opens_f5_reloads_and_the_cursor_stays_on_its_document(
    session: Session, vault_path: Path
) -> None:
    first = store_document(session)
    second = store_document(session)
    session.connection.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        inbox = app.screen
        assert isinstance(inbox, InboxScreen)
        table = inbox.query_one(VirtualTable)
        await pilot.press("down")
        chosen = inbox.selected()
        assert chosen in (first, second) and table.cursor_row == 1
        await pilot.press("f5")
        assert inbox.selected() == chosen  # reloaded, and still on the same row
        inbox.sort_key = 1  # by name: both are cable.txt, the order may change
        inbox.reload()
        assert inbox.selected() == chosen
        await pilot.press("o")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.document_id == chosen


@run_async
async def test_ctrl_l_says_locked_and_the_review_names_its_document_and_state(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        title = review.query_one("#document-title")
        assert str(title.render()) == "cable.txt · txt · in review"
        await pilot.press("A", "a")  # both linked names, then the e-mail address
        assert "in review" in str(title.render())
        await pilot.press("a")  # the phone number: nothing is pending now
        assert str(title.render()) == "cable.txt · txt · reviewed"
        await pilot.press("ctrl+l")
        assert isinstance(app.screen, UnlockScreen)
        assert str(app.screen.query_one("#unlock-locked").render()) == "Locked."


@run_async
async def test_the_release_folder_is_chosen_once_and_remembered_never_the_current_one(
    vault_path: Path, document: str, tmp_path: Path
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("E")
        release = app.screen
        assert isinstance(release, ReleaseScreen)
        folder = release.query_one("#release-folder", Input)
        assert folder.value == ""  # not the directory the terminal started in
        await pilot.press("ctrl+r")
        assert "Choose the output folder first; it is remembered for this vault." in said(app)
        folder.value = str(tmp_path / "out")
        await pilot.press("ctrl+r")  # refused (all pending), but the folder is kept
        await app.workers.wait_for_complete()
        await pilot.press("escape", "E")
        assert app.screen.query_one("#release-folder", Input).value == str(tmp_path / "out")
