"""Text of a page that has no text layer (a scanned page): what OCR reads in its pixels.

The page is rendered exactly as release renders it for locating words (grey, at
`READING_DPI`), so the same engine reading the same pixels there finds the same words
at the same offsets. Loaded only when a page needs it: Tesseract is slow to import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workstation.pixels.ocr import DEFAULT_LANGUAGES, Reading, read
from workstation.pixels.render import READING_DPI, render_page


def page_reading(page: Any, languages: Sequence[str] = DEFAULT_LANGUAGES) -> Reading:
    """The OCR reading of a PyMuPDF `page` as a reader sees it. Raises `PictureRefused`."""
    return read(render_page(page, READING_DPI), READING_DPI, languages)
