"""The inbox as a tree (issue 19): what was taken out of an archive or an email sits under
it, branches open and close, the filter keeps a match's ancestors; and the overview of
names across the leak (issue 18)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from review_support import TEXT, proposals, store_document
from textual.widgets import Input
from tui_support import SIZE, app_on, run_async, type_text, unlock

from vault import Vault
from vault.session import Session
from workstation.services.intake import intake_data
from workstation.services.name_overview import AUDIT_ACTION
from workstation.tui.inbox import InboxScreen
from workstation.tui.names_screen import NamesScreen
from workstation.tui.virtual_table import VirtualTable


def archive(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as packed:
        for name in names:
            packed.writestr(name, f"A note called {name}.\n")
    return buffer.getvalue()


def drawn(screen: InboxScreen) -> list[tuple[int, str]]:
    """(depth, name) of every row the table draws, in order."""
    return [(row.depth, row.cells[1]) for row in screen.query_one(VirtualTable).rows]


@run_async
async def test_members_sit_under_their_archive_and_the_branch_closes_and_opens(
    session: Session, vault_path: Path
) -> None:
    intake_data(session, "alone.txt", b"Nothing inside.\n")
    outcome = intake_data(session, "leak.zip", archive("memo-a.txt", "memo-b.txt"))
    assert outcome.document is not None
    session.connection.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        screen.sort_key = 1  # by name
        screen.show()
        assert drawn(screen) == [
            (0, "alone.txt"),
            (0, "leak.zip"),
            (1, "leak.zip/memo-a.txt"),
            (1, "leak.zip/memo-b.txt"),
        ]
        table = screen.query_one(VirtualTable)
        table.move_cursor(row=table.get_row_index(outcome.document.id))
        await pilot.press("space")
        assert drawn(screen) == [(0, "alone.txt"), (0, "leak.zip")]
        assert table.rows[1].open is False and screen.selected() == outcome.document.id
        await pilot.press("right")
        assert len(drawn(screen)) == 4
        await pilot.press("down", "enter")  # a member opens like any document
        assert type(app.screen).__name__ == "ReviewScreen"


@run_async
async def test_the_filter_keeps_a_members_archive_and_works_without_the_vault(
    session: Session, vault_path: Path
) -> None:
    intake_data(session, "alone.txt", b"Nothing inside.\n")
    intake_data(session, "leak.zip", archive("memo-a.txt", "budget.txt"))
    session.connection.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        screen.desk.inbox = None  # type: ignore[method-assign]  # a vault read would fail
        await pilot.press("f")
        await type_text(pilot, "budget")
        await pilot.press("enter")
        assert drawn(screen) == [(0, "leak.zip"), (1, "leak.zip/budget.txt")]
        assert "2 shown" in str(screen.query_one("#inbox-title").render())
        await pilot.press("f")
        screen.query_one("#filter", Input).value = ""  # an empty filter shows everything
        await pilot.press("enter")
        assert len(drawn(screen)) == 4


@run_async
async def test_the_names_overview_counts_documents_per_name(
    session: Session, vault_path: Path
) -> None:
    store_document(session)
    store_document(session)
    other = TEXT.replace("Amira Haddad", "AMIRA HÁDDAD", 1)  # another spelling, same name
    store_document(session, other)
    session.connection.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("n")
        screen = app.screen
        assert isinstance(screen, NamesScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = [row.cells for row in screen.query_one(VirtualTable).rows]
        assert rows == [("Amira Haddad", "3", "3"), ("Haddad", "3", "3")]
        await pilot.press("f")
        await type_text(pilot, "amira")
        await pilot.press("enter")
        assert [row.cells[0] for row in screen.query_one(VirtualTable).rows] == ["Amira Haddad"]
        await pilot.press("escape")
        assert isinstance(app.screen, InboxScreen)
    entries = list(Vault.open(vault_path).audit_entries())
    assert [e.action for e in entries].count(AUDIT_ACTION) == 1  # one audited action
    assert len(proposals()) == 4  # two of them names: the others are not counted


def test_rows_linked_in_a_circle_are_still_listed() -> None:
    """Intake never writes such links; a row must not vanish from the inbox if one did."""
    from workstation.services.ui_facade import InboxRow
    from workstation.tui.inbox_rows import tree_rows

    def row(identifier: str, parent: str | None) -> InboxRow:
        return InboxRow(identifier, "2026", identifier, "txt", "received", 0, 0, 0, parent=parent)

    rows = [row("a", "b"), row("b", "a"), row("c", None)]
    assert sorted(r.key for r in tree_rows(rows, "name")) == ["a", "b", "c"]
