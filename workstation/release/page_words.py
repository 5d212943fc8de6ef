"""The OCR words of each page without a text layer, as intake read them, with their
confidences and boxes: what the review marks (low-confidence words) and previews.

Intake now keeps each scanned page's word confidences and boxes with the document; a
document taken in before it did has only the words, as text. The same rendering read
again by the same engine gives the same words at the same offsets (release relies on it
to place boxes), so for such a document this child reads them again and answers each
word's place (`pixels.page_ocr.placed_words`). Runs only in the confined release child.
"""

from __future__ import annotations

from typing import Any

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels.picture_pdf import picture_pdf


def page_words(data: bytes, picture: bool) -> dict[str, Any]:
    """`{"pages": N, "sizes": [[w, h], ...], "words": [[page, start, end, confidence,
    left, top, right, bottom, text], ...]}`: offsets into the page's text, boxes in
    points of the page as shown, confidence 0 to 100."""
    from workstation.pixels.page_ocr import page_reading, placed_words  # noqa: PLC0415 - slow

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
