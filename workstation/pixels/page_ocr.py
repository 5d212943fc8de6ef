"""Text of a page that has no text layer (a scanned page): what OCR reads in its pixels.

The page is rendered exactly as release renders it for locating words (grey, at
`READING_DPI`), so the same engine reading the same pixels there finds the same words
at the same offsets. Loaded only when a page needs it: Tesseract is slow to import.
`placed_words` says where each word of a reading stands in its text, how sure OCR was
and where it is on the page: intake keeps that for the review, and the release child
answers the same when a document taken in before intake kept it is reviewed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workstation.pixels.ocr import DEFAULT_LANGUAGES, Reading, read
from workstation.pixels.render import READING_DPI, render_page


def page_reading(page: Any, languages: Sequence[str] = DEFAULT_LANGUAGES) -> Reading:
    """The OCR reading of a PyMuPDF `page` as a reader sees it. Raises `PictureRefused`."""
    return read(render_page(page, READING_DPI), READING_DPI, languages)


def placed_words(reading: Reading) -> list[list[Any]]:
    """Each word's start and end in `reading.text`, confidence (0 to 100, a tenth), box
    in points of the page as shown (a hundredth), and text."""
    placed: list[list[Any]] = []
    cursor = 0
    text = reading.text
    for word in reading.words:
        start = text.index(word.text, cursor)
        cursor = start + len(word.text)
        box = word.points
        placed.append(
            [
                start,
                cursor,
                round(word.confidence, 1),
                round(box.left, 2),
                round(box.top, 2),
                round(box.right, 2),
                round(box.bottom, 2),
                word.text,
            ]
        )
    return placed
