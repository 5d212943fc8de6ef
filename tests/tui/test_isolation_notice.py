"""The isolation warning the command line prints on stderr is shown in the review UI,
where Textual holds stderr: one line at the top of the inbox and the review."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Static
from tui_support import SIZE, app_on, run_async, unlock

from workstation.confined import isolation, spawn
from workstation.confined.isolation import Isolation
from workstation.services.isolation_notice import PROBE_LIMITS, PROBE_MODULE
from workstation.tui.inbox import InboxScreen
from workstation.tui.review_screen import ReviewScreen


@pytest.fixture
def nothing_said_yet(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process has not warned yet (the warning is said once per process)."""
    monkeypatch.setattr(isolation, "_noted", threading.Event())
    monkeypatch.setattr(isolation, "_said", [])


def notice(app: object) -> Static:
    return app.screen.query_one("#isolation-notice", Static)  # type: ignore[attr-defined]


@run_async
async def test_a_child_without_landlock_puts_the_warning_on_every_screen(
    vault_path: Path, document: str, nothing_said_yet: None
) -> None:
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        assert app.isolation_probe is not None
        app.isolation_probe.join(timeout=30)
        await pilot.pause(2.5)
        assert isinstance(app.screen, InboxScreen)
        assert not notice(app).display  # everything held for the start-up probe

        # A real child, started without Landlock, as on a kernel that lacks it.
        spawn.run(PROBE_MODULE, [], b"", PROBE_LIMITS, 4096, Isolation(landlock=False))
        await pilot.pause(2.5)  # the app looks again every two seconds

        shown = str(notice(app).render())
        assert notice(app).display and shown.startswith("warning: parser children")
        assert "Landlock" in shown and "SECURITY.md" in shown
        await pilot.press("enter")  # the document's review
        assert isinstance(app.screen, ReviewScreen)
        await pilot.pause()
        assert notice(app).display and "Landlock" in str(notice(app).render())
        assert app.crash_id is None


@run_async
async def test_the_start_up_probe_says_what_is_missing_before_any_document_is_read(
    vault_path: Path, document: str, nothing_said_yet: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = spawn.run

    def without_seccomp(*args: object, **kwargs: object) -> object:
        return original(*args, isolation=Isolation(seccomp=False))  # type: ignore[arg-type]

    monkeypatch.setattr(spawn, "run", without_seccomp)  # a kernel without seccomp
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        assert app.isolation_probe is not None
        app.isolation_probe.join(timeout=30)
        await pilot.pause(2.5)  # the next look at what the probe child noted
        assert isinstance(app.screen, InboxScreen)
        assert "seccomp filter" in str(notice(app).render())
