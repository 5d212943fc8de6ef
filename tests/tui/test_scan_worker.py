"""Scanning from the inbox runs in a thread worker: the UI answers, and cancel stops it.

Real detection (presidio and spaCy) on three long documents: cancelling right after
the start lets the first document finish and stops before the others.
"""

from __future__ import annotations

from pathlib import Path

from review_support import TEXT, store_document
from tui_support import SIZE, app_on, run_async, unlock

from vault.session import Session
from workstation.tui.inbox import InboxScreen

LONG = TEXT * 20  # about 3 KB: a good part of a second of model time per document


@run_async
async def test_a_scan_can_be_cancelled_and_the_inbox_stays_responsive(
    session: Session, vault_path: Path
) -> None:
    for _ in range(3):
        store_document(session, LONG, [])
    session.connection.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        await pilot.press("S", "enter")  # scan all, with the default policy offered
        assert screen.scanning
        await pilot.press("c")
        await pilot.press("t")  # the inbox still answers keys while the model works
        assert screen.sort_key == 1
        for _ in range(600):  # the worker reports back through a message; up to a minute
            if not screen.scanning:
                break
            await pilot.pause(0.1)
        assert not screen.scanning
        status = str(screen.query_one("#inbox-status").render())
        assert "cancelled after 1 of 3" in status
        states = sorted(row.state for row in app.desk.inbox())
        assert states == ["in review", "received", "received"]
