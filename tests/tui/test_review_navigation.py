"""Moving through a review: auto-advance after a decision, wrapping, the proposal list."""

from __future__ import annotations

from pathlib import Path

from tui_support import SIZE, app_on, run_async, said, stored, unlock

from workstation.tui.review_screen import ReviewScreen


def current(screen: ReviewScreen) -> str | None:
    return screen.view.current_id()


@run_async
async def test_a_decision_moves_to_the_next_pending_and_the_setting_is_remembered(
    vault_path: Path, document: str
) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        ids = [p.id for p in screen.review.proposals]
        await pilot.press("a")
        assert current(screen) == ids[1]
        await pilot.press("r")
        assert current(screen) == ids[2]
        await pilot.press("t")  # stay after a decision from now on
        await pilot.press("a")
        assert current(screen) == ids[2]
        assert [stored(vault_path, document)[i].state for i in ids[:3]] == [
            "accepted", "rejected", "accepted"]
    reopened = app_on(vault_path, document)
    async with reopened.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = reopened.screen
        assert isinstance(screen, ReviewScreen)
        assert not screen.advance  # the setting is kept for this vault
        await pilot.press("t")
        assert screen.advance


@run_async
async def test_next_wraps_around_with_a_notice(vault_path: Path, document: str) -> None:
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        ids = [p.id for p in screen.review.proposals]
        await pilot.press("n", "n", "n")
        assert current(screen) == ids[3]
        await pilot.press("n")
        assert current(screen) == ids[0]
        assert "Wrapped around to the first pending item." in said(app)
        await pilot.press("p")
        assert current(screen) == ids[3]
        assert "Wrapped around to the last pending item." in said(app)
        await pilot.press("a", "a", "a", "a")  # the last decision wraps to the first pending
        assert {stored(vault_path, document)[i].state for i in ids} == {"accepted"}
        await pilot.press("n")
        assert "Nothing is pending: every proposal and finding is decided." in said(app)
