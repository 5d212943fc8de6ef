"""Back from a review, the inbox reads again only the documents that changed (issue 18):
the row of the document decided on, and what another window took in or shredded
meanwhile; every other row stays the one already read."""

from __future__ import annotations

from pathlib import Path

from review_support import store_document
from tui_support import SIZE, app_on, run_async, unlock

from vault import Vault
from vault.session import Session
from workstation.services.ui_facade import Desk
from workstation.tui.inbox import InboxScreen
from workstation.tui.review_screen import ReviewScreen
from workstation.tui.virtual_table import VirtualTable

PASSPHRASE = "orbit lantern cobalt meadow thistle"


@run_async
async def test_back_from_a_review_only_the_changed_rows_are_read_again(
    session: Session, vault_path: Path
) -> None:
    first, second, third = (store_document(session) for _ in range(3))
    session.connection.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        inbox = app.screen
        assert isinstance(inbox, InboxScreen)
        before = {row.id: row for row in inbox.rows}
        assert before[first].pending == 4
        inbox.query_one(VirtualTable).move_cursor(
            inbox.query_one(VirtualTable).get_row_index(first)
        )
        await pilot.press("o")
        assert isinstance(app.screen, ReviewScreen) and app.screen.document_id == first
        other = Vault.open(vault_path).unlock("alice", PASSPHRASE)  # another window
        other.shred(third)
        fourth = store_document(other)
        other.connection.close()
        await pilot.press("a")  # accept the first proposal
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is inbox
        after = {row.id: row for row in inbox.rows}
        assert set(after) == {first, second, third, fourth}
        assert (after[first].pending, after[first].accepted) == (3, 1)
        assert after[third].state == "shredded"
        assert after[fourth].pending == 4
        assert after[second] is before[second]  # not read again
        assert inbox.query_one(VirtualTable).row_count == 4


def test_the_desk_tells_what_changed_since_the_inbox_read_it(
    session: Session, vault_path: Path
) -> None:
    first, second = store_document(session), store_document(session)
    desk = Desk.open(vault_path)
    desk.unlock("alice", PASSPHRASE)
    assert {row.id for row in desk.inbox()} == {first, second}
    nothing = desk.inbox_changes()
    assert (nothing.rows, nothing.removed, nothing.everything) == ([], frozenset(), False)
    session.shred(second)
    changes = desk.inbox_changes()
    assert [(row.id, row.state) for row in changes.rows] == [(second, "shredded")]
    assert not changes.everything
    session.add_editor("bob", "quartz harbour velvet summit juniper")  # approvals read anew
    assert desk.inbox_changes().everything
    desk.lock()
    desk.unlock("alice", PASSPHRASE)
    assert desk.inbox_changes().everything  # a new session: no point to count from
