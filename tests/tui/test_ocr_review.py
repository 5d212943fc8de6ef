"""OCR'd text in the review: confidences kept sealed from OCR to the review screen,
low-confidence words marked (with a legend), the "why" panel saying a span came from
OCR and how sure it was; and previews of a place on a page, drawn where the terminal
can draw pictures and described in words where it cannot."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
from ocr_samples import scanned_document
from PIL import Image
from textual.widgets import Static
from textual_image.widget import HalfcellImage
from tui_support import SIZE, app_on, run_async, unlock

from vault.session import Session
from workstation.services import page_readings, previews
from workstation.services.intake import intake_data
from workstation.services.review import open_review
from workstation.tui.document_view import DocumentView
from workstation.tui.help_screen import HelpScreen
from workstation.tui.page_preview import NO_PICTURES, PagePreviewScreen
from workstation.tui.review_screen import ReviewScreen


@pytest.fixture
def scanned(session: Session) -> tuple[str, str]:
    document_id, text = scanned_document(session)
    session.connection.close()
    return document_id, text


def test_confidences_are_kept_sealed_once_and_reach_the_review(
    session: Session, vault_path: Path
) -> None:
    document_id, text = scanned_document(session)

    readings = open_review(session, document_id, {}).readings

    shown = {text[w.start : w.end]: w for w in readings.words}
    assert shown["Vesk"].low and not shown["harbour"].low
    assert readings.pages == [0] and shown["Vesk"].page == 0
    left, top, right, bottom = shown["Vesk"].box
    assert 0 < left < right < 420 and 0 < top < bottom < 80  # points on the 420 x 80 page
    assert page_readings.keep(session, document_id) == 0  # kept at intake; a scan reads none
    actions = [entry.action for entry in session.audit_entries()]
    assert page_readings.ACTION not in actions  # no second OCR pass was kept
    raw = vault_path.read_bytes() + Path(f"{vault_path}-wal").read_bytes()
    assert b"confidence" not in raw and b'"words"' not in raw and b"Vesk" not in raw


def line_of(view: DocumentView, word: str) -> list[tuple[str, bool]]:
    """The segments of the row holding `word`: text and whether it is marked unsure."""
    offset = view.review.text.index(word)
    row = view.lines.line_of(offset) - int(view.scroll_offset.y)
    return [
        (segment.text, bool(segment.style and segment.style.italic and segment.style.underline))
        for segment in view.render_line(row)
    ]


@run_async
async def test_low_confidence_words_are_marked_and_the_panel_says_ocr(
    vault_path: Path, scanned: tuple[str, str]
) -> None:
    document_id, _ = scanned
    app = app_on(vault_path, document_id)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        view = screen.query_one(DocumentView)

        assert ("Vesk", True) in line_of(view, "Vesk")
        assert all(not unsure for text, unsure in line_of(view, "harbour") if "harbour" in text)
        assert "OCR" in str(screen.query_one("#progress", Static).render())

        screen.show(screen.review.proposals[0].id)  # "harbour", read with confidence
        screen.update_side()
        why = str(screen.query_one("#why", Static).render())
        assert "read by OCR from the picture of page 1: confidence 96 %" in why
        assert "LOW CONFIDENCE" not in why
        screen.show(screen.review.proposals[1].id)  # "Vesk"
        screen.update_side()
        why = str(screen.query_one("#why", Static).render())
        assert "confidence 24 % (1 word)" in why and "LOW CONFIDENCE" in why

        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        legend = str(app.screen.query_one("#help-legend", Static).render())
        assert "OCR word read with low confidence" in legend
        assert app.crash_id is None


@run_async
async def test_a_terminal_without_pictures_gets_the_place_in_words(
    vault_path: Path, scanned: tuple[str, str]
) -> None:
    document_id, _ = scanned
    app = app_on(vault_path, document_id)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        app.screen.show(app.screen.review.proposals[1].id)  # type: ignore[attr-defined]
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()

        preview = app.screen
        assert isinstance(preview, PagePreviewScreen) and preview.shown is not None
        where = str(preview.query_one("#page-preview-where", Static).render())
        assert where.endswith("page 1, bottom-left quarter, 0.9 \u00d7 0.8 cm"), where
        assert str(preview.query_one("#page-preview-note", Static).render()) == NO_PICTURES
        assert not preview.query("#page-preview-image")
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


@run_async
async def test_a_terminal_that_draws_pictures_shows_the_region_rendered_in_the_child(
    vault_path: Path, scanned: tuple[str, str]
) -> None:
    document_id, _ = scanned
    app = app_on(vault_path, document_id)
    # textual-image's half-block widget stands in for its Sixel or Kitty one: Pilot's
    # headless terminal draws neither, and all three take the same picture.
    app.picture_widget = HalfcellImage
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        app.screen.show(app.screen.review.proposals[1].id)  # type: ignore[attr-defined]
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()

        preview = app.screen
        assert isinstance(preview, PagePreviewScreen) and preview.shown is not None
        (drawn,) = preview.query("#page-preview-image")
        assert isinstance(drawn, HalfcellImage) and isinstance(drawn.image, Image.Image)
        assert drawn.image.size == (preview.shown.width, preview.shown.height)
        assert drawn.image.getpixel((2, 2)) == (255, 255, 255)  # paper around the place
        assert "outlined in red" in str(preview.query_one("#page-preview-note", Static).render())
        assert app.crash_id is None


@dataclass(frozen=True)
class PlacedFinding:
    """What intake's pixel findings carry: a page (1-based) and a box in points."""

    page: int
    box: tuple[float, float, float, float]


def test_anything_with_a_page_and_a_box_is_previewed_and_described(session: Session) -> None:
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)  # A4
    page.insert_text((60, 100), "Memo for Radomir Vesk", fontsize=12)
    page = document.new_page(width=595, height=842)
    page.insert_text((300, 700), "Second page: the stamp", fontsize=12)
    stored = intake_data(session, "memo.pdf", bytes(document.tobytes()))
    assert stored.document is not None
    document_id = stored.document.id
    text = session.read_text(document_id) or ""

    region = previews.finding_region(PlacedFinding(2, (300.0, 680.0, 420.0, 705.0)))
    assert region == previews.PageRegion(1, (300.0, 680.0, 420.0, 705.0))
    shown = previews.preview(session, document_id, text, region)
    assert shown.description == "page 2, bottom-right quarter, 4.2 \u00d7 0.9 cm"
    assert len(shown.rgb) == shown.width * shown.height * 3 and shown.width <= 900

    start = text.index("Radomir Vesk")
    by_text = previews.span_region(text, page_readings.PageReadings(), start, start + 12)
    assert by_text == previews.PageRegion(0, span=(start, start + 12))
    located = previews.preview(session, document_id, text, by_text)
    assert located.description.startswith("page 1, top-left quarter, 2.")
    assert previews.finding_region(PlacedFinding(0, (1.0, 2.0, 3.0, 4.0))) is None
