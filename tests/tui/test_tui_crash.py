"""A crash inside the review screen prints one line and a crash id, never document text.

Textual's own crash screen would print a traceback with local variables: the document
text, the review, and (on the unlock screen) the passphrase. The fault is injected into
the review screen's decision handler with the text in the exception's message, the
worst case for a leak.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from review_support import TEXT
from tui_support import SIZE, app_on, audit_ok, run_async, unlock

from workstation.tui.review_screen import ReviewScreen


@run_async
async def test_a_crash_in_the_review_prints_one_line_without_document_text(
    vault_path: Path, document: str, monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    def crash(self: ReviewScreen, verdict: str) -> None:
        text = self.review.text  # a local holding document text, as a real bug would have
        raise RuntimeError(f"failed on {text}")

    monkeypatch.setattr(ReviewScreen, "action_decide", crash)
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("a")
        await pilot.pause()
    out, err = capfd.readouterr()
    printed = out + err
    assert app.return_code == 70 and app.crash_id
    lines = [line for line in printed.splitlines() if line.strip()]
    assert len(lines) == 1 and re.search(rf"internal error {app.crash_id} \(RuntimeError\)",
                                         lines[0]), printed
    for secret in ("Amira", "Haddad", "ambassador", "PROTECT", "orbit lantern", "Traceback"):
        assert secret not in printed
    assert TEXT[:20] not in printed
    assert not app.desk.unlocked and app.desk.review is None  # keys and text dropped
    assert audit_ok(vault_path)[0]


def test_screenshots_and_clipboard_are_refused(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    with pytest.raises(PermissionError):
        app.save_screenshot()
    assert app.ALLOW_SELECT is False
    assert app.devtools is None
    assert list(app.get_system_commands(app.screen if app._screen_stack else None)) == []  # type: ignore[arg-type]
