"""Scanning from the inbox runs in a thread worker: the UI answers, and cancel stops it.

Real detection (presidio and spaCy) on three long documents: cancelling right after
the start lets the first document finish and stops before the others.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from review_support import TEXT, store_document
from textual import events
from tui_support import SIZE, app_on, run_async, unlock

from vault.session import Session
from workstation.tui.app import WorkstationApp
from workstation.tui.inbox import InboxScreen

LONG = TEXT * 60  # about 10 KB: a good part of a second of model time per document


def send_key(app: WorkstationApp, key: str) -> None:
    """Queue a key press as the terminal would, without waiting for the app to settle."""
    event = events.Key(key, None)
    event.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(event)


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
        await pilot.press("S")  # scan all; the policy prompt offers the default
        send_key(app, "enter")  # no Pilot wait here: Pilot waits until the process idles,
        while not screen.scanning:  # by which time a loaded model may have finished
            await asyncio.sleep(0)
        send_key(app, "c")
        while not screen.cancel.is_set():
            await asyncio.sleep(0)
        await pilot.press("t")  # the inbox still answers keys while the model works
        assert screen.sort_key == 1
        for _ in range(600):  # the worker reports back through a message; up to a minute
            if not screen.scanning:
                break
            await pilot.pause(0.1)
        assert not screen.scanning
        # The worker checks for a cancel before it starts and after each document, so
        # it stopped before the first or after the first (the model batches all three).
        status = str(screen.query_one("#inbox-status").render())
        done = re.search(r"scan cancelled (after (\d) of 3 documents|before it started)", status)
        assert done, status
        scanned = int(done.group(2) or 0)
        assert scanned in (0, 1)
        states = sorted(row.state for row in app.desk.inbox())
        assert states == sorted(["in review"] * scanned + ["received"] * (3 - scanned))
