"""PDF: the text of every page, pages separated by form feeds — as the layer says and as
the page shows.

Every page is also rendered and read by OCR in this same child (`workstation.pixels`),
in the languages the limits name:

- a page without a text layer (a scan) takes the OCR words as its text;
- a page with one keeps its layer text, followed by the OCR lines where the page shows
  words the layer does not say (`page_regions.shown_lines`), so detection runs on what
  a reader sees; each place the two readings part is a region an editor decides on;
- a picture on the page in which OCR reads no legible word is a region too;
- a page whose text OCR read sends each word's place, confidence and box with it
  (`PageReading`), which intake keeps for the review.

One child reads at most `limits.pages_per_child` pages from `limits.first_page`, and no
new page once `SLICE_SHARE` of its time limit has passed; the parent starts the next
child at the first page not read (`pipeline`) and joins the slices.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from workstation.confined.limits import ChildLimits
from workstation.confined.mupdf import load_pymupdf
from workstation.intake.outcome import (
    MAX_READING_WORDS,
    PageReading,
    PageRegion,
    Parsed,
    Refused,
    is_out_of_memory,
)

PAGE_SEPARATOR = "\f"
SLICE_SHARE = 1 / 3
"""No new page is started once this share of the child's time limit has passed."""
SHOWN_LABEL = "[shown on the page, not in its text layer]"
"""Heads the OCR lines added after a page's layer text, so an editor knows their source."""


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Open the PDF from memory and read one slice of its pages both ways."""
    pymupdf = load_pymupdf()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        _check_openable(document, limits)
        count = document.page_count
        numbers = range(
            min(limits.first_page, count), min(count, limits.first_page + limits.pages_per_child)
        )
        pages, regions, readings, failed = _page_texts(document, numbers, limits)
        repaired = bool(document.is_repaired)
    warning = "pdf_pages_failed" if failed else "pdf_repaired" if repaired else ""
    details = {"pages": count, "pages_read": len(pages)}
    kept = sum(len(reading.words) for reading in readings) <= MAX_READING_WORDS
    return Parsed(
        PAGE_SEPARATOR.join(pages),
        details,
        warning,
        tuple(regions),
        tuple(readings) if kept else None,
    )


def _check_openable(document: Any, limits: ChildLimits) -> None:
    if document.needs_pass:
        raise Refused("pdf_encrypted")
    if document.page_count > limits.max_pdf_pages:
        raise Refused("pdf_too_many_pages")


def _page_texts(
    document: Any, numbers: range, limits: ChildLimits
) -> tuple[list[str], list[PageRegion], list[PageReading], bool]:
    """Page texts, the pages' regions, the OCR readings of the pages OCR read, and
    whether any page failed; stops once the text is too long."""
    pages: list[str] = []
    regions: list[PageRegion] = []
    readings: list[PageReading] = []
    failed, total = False, 0
    stop_after = time.monotonic() + limits.timeout_seconds * SLICE_SHARE
    for number in numbers:
        if pages and time.monotonic() > stop_after:
            break  # the parent starts another child at this page
        text, found, reading = _read_page(document[number], number + 1, limits.ocr_languages)
        failed = failed or text is None
        pages.append(text or "")
        regions += found
        readings += [reading] if reading is not None else []
        total += len(pages[-1]) + 1
        if total > limits.max_text_chars:
            raise Refused("text_too_large")
    return pages, regions, readings, failed


def _read_page(
    page: Any, number: int, languages: Sequence[str]
) -> tuple[str | None, list[PageRegion], PageReading | None]:
    """One page's text (None if its layer cannot be read), its regions, and its OCR
    reading when OCR read its text (no text layer)."""
    from workstation.pixels import page_regions as regions  # noqa: PLC0415 - slow import
    from workstation.pixels.layers import disagreements, text_layer_words  # noqa: PLC0415

    layer_text = _page_text(page)
    if layer_text is None:
        return None, [], None
    reading = _reading(page, languages)
    pictures = regions.picture_regions(page, number, reading)
    if not layer_text.strip():
        return reading.text, _plain(pictures), _page_reading(page, number, reading)
    found = disagreements(text_layer_words(page), reading.words)
    shown = regions.shown_lines(reading, found)
    text = layer_text + "\n".join(["", SHOWN_LABEL, *shown, ""]) if shown else layer_text
    return text, _plain(regions.mismatch_regions(number, found) + pictures), None


def _page_reading(page: Any, number: int, reading: Any) -> PageReading:
    """Where each word of the page's OCR text stands, how sure OCR was, and its box, as
    the release child answers them for a page read again (`pixels.page_ocr`)."""
    from workstation.pixels.page_ocr import placed_words  # noqa: PLC0415 - slow import

    size = (round(page.rect.width, 2), round(page.rect.height, 2))
    words = tuple(
        (start, end, confidence, left, top, right, bottom)
        for start, end, confidence, left, top, right, bottom, _ in placed_words(reading)
    )
    return PageReading(number, size, words)


def _reading(page: Any, languages: Sequence[str]) -> Any:
    """What OCR reads on the page as rendered; a page too large to render is refused."""
    from workstation.pixels.errors import PictureRefused, PixelsError  # noqa: PLC0415
    from workstation.pixels.page_ocr import page_reading  # noqa: PLC0415 - slow import

    try:
        return page_reading(page, languages)
    except PictureRefused as refused:
        raise Refused(refused.code) from refused
    except PixelsError as missing:  # a language not installed: the parent checked them
        raise Refused("ocr_language") from missing


def _plain(found: Sequence[Any]) -> list[PageRegion]:
    """Regions as the protocol carries them: boxes rounded to a tenth of a point."""
    return [
        PageRegion(
            region.code,
            region.page,
            tuple(
                round(v, 1)
                for v in (region.box.left, region.box.top, region.box.right, region.box.bottom)
            ),
        )
        for region in found
    ]


def _page_text(page: Any) -> str | None:
    """One page's text; a broken page is skipped, but running out of memory is not."""
    try:
        return str(page.get_text())
    except Exception as exc:
        if is_out_of_memory(exc):
            raise
        return None
