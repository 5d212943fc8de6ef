"""PDF: the text of every page, pages separated by form feeds.

A page without a text layer (a scan) is rendered and read by OCR in this same child;
its words take the page's place in the text, so scanned and mixed PDFs are reviewable.
"""

from __future__ import annotations

from typing import Any

from workstation.confined.limits import ChildLimits
from workstation.confined.mupdf import load_pymupdf
from workstation.intake.outcome import Parsed, Refused, is_out_of_memory

PAGE_SEPARATOR = "\f"


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Open the PDF from memory and collect each page's text in reading order."""
    pymupdf = load_pymupdf()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        _check_openable(document, limits)
        pages, failed = _page_texts(document, limits.max_text_chars)
        repaired = bool(document.is_repaired)
    text = PAGE_SEPARATOR.join(pages)
    if not text.strip():
        raise Refused("pdf_no_text")
    warning = "pdf_pages_failed" if failed else "pdf_repaired" if repaired else ""
    return Parsed(text, {"pages": len(pages)}, warning)


def _check_openable(document: Any, limits: ChildLimits) -> None:
    if document.needs_pass:
        raise Refused("pdf_encrypted")
    if document.page_count > limits.max_pdf_pages:
        raise Refused("pdf_too_many_pages")


def _page_texts(document: Any, max_chars: int) -> tuple[list[str], bool]:
    """Page texts, and whether any page failed; stops once the text is too long."""
    pages: list[str] = []
    failed, total = False, 0
    for page in document:
        text = _page_text(page)
        if text is not None and not text.strip():
            text = _ocr_text(page)
        failed = failed or text is None
        pages.append(text or "")
        total += len(pages[-1]) + 1
        if total > max_chars:
            raise Refused("text_too_large")
    return pages, failed


def _ocr_text(page: Any) -> str:
    """What OCR reads on a page without a text layer ("" for a page without words)."""
    from workstation.pixels.errors import PictureRefused  # noqa: PLC0415
    from workstation.pixels.page_ocr import page_reading  # noqa: PLC0415 - slow import

    try:
        return page_reading(page).text
    except PictureRefused as refused:
        raise Refused(refused.code) from refused


def _page_text(page: Any) -> str | None:
    """One page's text; a broken page is skipped, but running out of memory is not."""
    try:
        return str(page.get_text())
    except Exception as exc:
        if is_out_of_memory(exc):
            raise
        return None
