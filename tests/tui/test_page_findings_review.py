"""A page finding from intake reaches the review and its preview: a PDF with a signature
picture is taken in (both readings of its page), the fingerprint pass turns the picture
into a finding with a page and a box, and the review's `o` shows where it is on the page,
rendered in the confined child, then black-out decides it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from textual.widgets import Static
from tui_support import SIZE, app_on, run_async, unlock

from vault.session import Session
from workstation.services import policies
from workstation.services.fingerprinting import run_pass, stored_findings
from workstation.services.intake import intake_data
from workstation.tui.page_preview import PagePreviewScreen
from workstation.tui.review_screen import ReviewScreen

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pixels"))

from page_samples import SIGNATURE_BOX, text_and_signature
from pixel_samples import STRIP


@pytest.fixture
def signed(session: Session, vault_path: Path) -> tuple[str, str]:
    """The signed page taken in and passed: the document id and the picture finding's id."""
    outcome = intake_data(session, "signed.pdf", text_and_signature())
    assert outcome.document is not None
    document_id = outcome.document.id
    run_pass(session, document_id, policies.load(vault_path, "default"))
    (picture,) = [f for f in stored_findings(session, document_id) if f.finding.kind == "picture"]
    assert picture.finding.page == 1 and len(picture.finding.box) == 4
    session.connection.close()
    return document_id, picture.id


@run_async
async def test_a_picture_finding_is_previewed_where_it_is_and_blacked_out(
    vault_path: Path, signed: tuple[str, str]
) -> None:
    document_id, finding_id = signed
    app = app_on(vault_path, document_id)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        screen.show(finding_id)
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, PagePreviewScreen) and preview.shown is not None
        where = str(preview.query_one("#page-preview-where", Static).render())
        left, top, right, bottom = SIGNATURE_BOX
        across = "left" if (left + right) / 2 < STRIP[2] / 2 else "right"
        down = "top" if (top + bottom) / 2 < STRIP[3] / 2 else "bottom"
        assert f"page 1, {down}-{across} quarter" in where, where
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("a")  # accept a picture finding: black it out
        await pilot.pause()
        assert screen.review.finding(finding_id).state == "accepted"
