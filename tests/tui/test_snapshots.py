"""Snapshots of the main screens on the demo vault (scanned with the real model).

The demo's document ids, intake times, audit times and item ids are new on every run;
the snapshot masks those cells and the ids in the reasons panel (and only those) after
the screen is drawn, so everything else — layout, states, counts, highlights, reasons —
is compared exactly. Terminal size is fixed. Update with
``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.coordinate import Coordinate
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static
from tui_support import app_on

from workstation.services.demo import create_demo_vault
from workstation.tui.app import WorkstationApp
from workstation.tui.virtual_table import VirtualTable

SIZE = (130, 36)
MASKED_INBOX = {0: "2026-01-01 00:00", 8: "d0000000000"}  # received, id
MASKED_AUDIT = {1: "2026-01-01 00:00:00", 4: "d0000000000"}  # time, document
# Proposal and finding ids are keyed with the vault's own secret, new with every demo vault.
ITEM_ID = re.compile(r"\b([pf])[0-9a-f]{10}\b")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """One scanned demo vault per module (the model run takes seconds); tests copy it."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKSTATION_UNSAFE_TEST_KDF", "1")
        patch.setenv("WORKSTATION_STATE_DIR", str(folder / "state"))
        demo = create_demo_vault(folder / "demo.db")
        demo.session.connection.close()
        yield demo.path, demo.passphrase_file.read_text().strip()


@pytest.fixture
def demo_app(demo_template: tuple[Path, str], tmp_path: Path) -> tuple[WorkstationApp, str]:
    path, passphrase = demo_template
    copy = tmp_path / "demo.db"
    shutil.copyfile(path, copy)
    app = app_on(copy)
    app.editor = "demo"
    return app, passphrase


def mask(screen: Screen[Any], columns: dict[int, str]) -> None:
    """Same-width placeholders in the inbox's virtual table or the audit's DataTable."""
    for virtual in screen.query(VirtualTable).results(VirtualTable):
        virtual.masked = dict(columns)
        virtual.refresh()
        return
    table = screen.query_one(DataTable)
    for row in range(table.row_count):
        for column, placeholder in columns.items():
            if table.get_cell_at(Coordinate(row, column)):  # an empty cell stays empty
                table.update_cell_at(Coordinate(row, column), placeholder)


def mask_item_ids(panel: Static) -> None:
    """Same-length placeholders, so the panel's styled spans stay where they were."""
    content = panel.content
    if isinstance(content, Content):
        plain = ITEM_ID.sub(lambda found: found.group(1) + "0" * 10, content.plain)
        panel.update(Content(plain, content.spans))


def unlocked(passphrase: str, *keys: str, masked: dict[int, str] | None = None) -> Any:
    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.screen.query_one("#editor", Input).value = "demo"
        pilot.app.screen.query_one("#passphrase", Input).value = passphrase
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        if masked is not None:
            mask(pilot.app.screen, masked)
            await pilot.pause()
        for screen in pilot.app.screen_stack:  # a modal's screen below is drawn too
            for panel in screen.query("#why").results(Static):
                mask_item_ids(panel)
        await pilot.pause()

    return run_before


def test_inbox_snapshot(demo_app: tuple[WorkstationApp, str], snap_compare: Any) -> None:
    app, passphrase = demo_app
    assert snap_compare(
        app, terminal_size=SIZE, run_before=unlocked(passphrase, masked=MASKED_INBOX)
    )


def test_review_snapshot(demo_app: tuple[WorkstationApp, str], snap_compare: Any) -> None:
    app, passphrase = demo_app
    assert snap_compare(app, terminal_size=SIZE, run_before=unlocked(passphrase, "enter", "n"))


def test_help_snapshot(demo_app: tuple[WorkstationApp, str], snap_compare: Any) -> None:
    app, passphrase = demo_app
    assert snap_compare(
        app, terminal_size=SIZE, run_before=unlocked(passphrase, "enter", "question_mark")
    )


def test_audit_snapshot(demo_app: tuple[WorkstationApp, str], snap_compare: Any) -> None:
    app, passphrase = demo_app
    assert snap_compare(
        app, terminal_size=SIZE, run_before=unlocked(passphrase, "ctrl+a", masked=MASKED_AUDIT)
    )
