"""The inbox (take in a file, shred with the id typed back) and the audit screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static
from tui_support import SIZE, app_on, audit_ok, run_async, type_text, unlock

from vault.session import Session
from workstation.services.intake import intake_data
from workstation.tui.audit_screen import AuditScreen
from workstation.tui.inbox import InboxScreen
from workstation.tui.virtual_table import VirtualTable


def inbox_ids(screen: InboxScreen) -> list[str]:
    return [row.id for row in screen.rows]


@run_async
async def test_file_names_holding_markup_are_listed_and_reported_as_they_are(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    name = "[/]memo [bold]x[/bold] [$accent].txt"  # the sender chose it
    intake_data(session, name, b"The courier Odile Brandt left at dawn.\n")
    session.connection.close()
    second = tmp_path / "second [b]memo[i].txt"
    second.write_text("Another note.\n")
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        assert [row.cells[1] for row in screen.query_one(VirtualTable).rows] == [name]
        await pilot.press("i")
        app.screen.query_one("#prompt-answer", Input).value = str(second)
        await pilot.press("enter")
        assert f"took in {second} as d" in str(screen.query_one("#inbox-status").render())
        assert app.crash_id is None


@run_async
async def test_take_in_a_file_then_shred_it_only_with_its_id_typed_back(
    vault_path: Path, document: str, tmp_path: Path
) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("The courier Odile Brandt left at dawn.\n")
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        await pilot.press("i")
        await type_text(pilot, str(memo))
        await pilot.press("enter")
        assert f"took in {memo} as d" in str(screen.query_one("#inbox-status").render())
        (new,) = set(inbox_ids(screen)) - {document}
        table = screen.query_one(VirtualTable)
        table.move_cursor(row=table.get_row_index(new))
        await pilot.press("x")
        await type_text(pilot, "wrong")
        await pilot.press("enter")
        assert "did not match" in str(screen.query_one("#inbox-status").render())
        assert next(r.state for r in screen.rows if r.id == new) == "received"
        table.move_cursor(row=table.get_row_index(new))
        await pilot.press("x")
        await type_text(pilot, new)
        await pilot.press("enter")
        assert next(r.state for r in screen.rows if r.id == new) == "shredded"
    ok, actions = audit_ok(vault_path)
    assert ok and actions[-2:] == ["document.intake", "document.shred"]


@run_async
async def test_audit_screen_verifies_filters_and_writes_a_checkpoint(
    vault_path: Path, document: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("ctrl+a")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        assert "verified through entry 3" in str(screen.query_one("#audit-verdict").render())
        await pilot.press("f")
        await type_text(pilot, "scan")
        await pilot.press("enter")
        table = screen.query_one(DataTable)
        assert table.row_count == 1
        assert table.get_row_at(0)[3:] == ["document.scan", document]
        await pilot.press("k")  # asked once for the folder (never the current one)
        app.screen.query_one("#prompt-answer", Input).value = str(tmp_path / "kept")
        await pilot.press("enter")
        written = json.loads((tmp_path / "kept" / "checkpoint-4.json").read_text())
        assert written["seq"] == 4 and written["editor"]
        assert "verified through entry 4" in str(screen.query_one("#audit-verdict").render())
        assert not list(tmp_path.glob("checkpoint-*.json"))
    again = app_on(vault_path)
    async with again.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("ctrl+a", "k")  # the folder is remembered for this vault
        assert (tmp_path / "kept" / "checkpoint-5.json").is_file()


@run_async
async def test_the_audit_screen_keeps_its_verdict_filter_and_status_on_a_long_log(
    session: Session, vault_path: Path
) -> None:
    outcome = intake_data(session, "memo.txt", b"The courier left at dawn.\n")
    assert outcome.document is not None
    for _ in range(200):  # far more entries than the screen has rows
        session.record("document.show", outcome.document.id, {})
    session.connection.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("ctrl+a", "f")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        assert screen.query_one(DataTable).row_count > SIZE[1]
        for part in ("#audit-verdict", "#audit-filter", DataTable):
            region = screen.query_one(part).region
            assert region.height >= 1 and region.bottom <= SIZE[1] - 1, part  # above the footer
        assert "verified through entry" in str(screen.query_one("#audit-verdict").render())
        await pilot.press("enter")  # an empty filter: every entry again
        screen.query_one("#audit-status", Static).update("Checkpoint written")
        await pilot.pause()
        region = screen.query_one("#audit-status").region
        assert region.height == 1 and region.bottom <= SIZE[1] - 1
