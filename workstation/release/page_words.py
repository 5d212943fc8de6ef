"""The OCR words of each page without a text layer, as intake read them, with their
confidences and boxes: what the review marks (low-confidence words) and previews.

Intake stores a scanned page's text as the words OCR read (`pixels.page_ocr`) but not
their confidences or boxes. The same rendering read again by the same engine gives the
same words at the same offsets (release relies on it to place boxes), so this child
reads them again and answers each word's place. Runs only in the confined release child.
"""

from __future__ import annotations

from typing import Any

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels.ocr import Reading
from workstation.pixels.picture_pdf import picture_pdf


def page_words(data: bytes, picture: bool) -> dict[str, Any]:
    """`{"pages": N, "sizes": [[w, h], ...], "words": [[page, start, end, confidence,
    left, top, right, bottom, text], ...]}`: offsets into the page's text, boxes in
    points of the page as shown, confidence 0 to 100."""
    from workstation.pixels.page_ocr import page_reading  # noqa: PLC0415 - slow import

    pymupdf = load_pymupdf()
    words: list[list[Any]] = []
    sizes: list[list[float]] = []
    with pymupdf.open(stream=picture_pdf(data) if picture else data, filetype="pdf") as document:
        if document.needs_pass:
            raise ValueError("encrypted")
        for page in document:
            sizes.append([round(page.rect.width, 2), round(page.rect.height, 2)])
            if not page.get_text().strip():
                words += [[page.number, *word] for word in placed_words(page_reading(page))]
    return {"pages": len(sizes), "sizes": sizes, "words": words}


def placed_words(reading: Reading) -> list[list[Any]]:
    """Each word's start and end in `reading.text`, confidence, box in points, text."""
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
