"""PDF: page texts in order, and hostile or unusable PDFs refused with a reason."""

from __future__ import annotations

import os
import time

import pymupdf
from intake_samples import MARKER, make_pdf

from workstation.intake import ChildLimits, extract


def test_pages_are_separated_by_form_feeds(sample_pdf: bytes) -> None:
    result = extract(sample_pdf, "scan.PDF")
    assert (result.kind, result.reviewable, result.note) == ("pdf", True, "")
    assert result.text == f"First page text\n\fSecond page {MARKER}\n\fThird page\n"
    assert result.details == {"pages": 3}


def test_password_protected_pdf_is_refused() -> None:
    data = make_pdf(
        [MARKER], encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user", owner_pw="owner"
    )
    result = extract(data, "locked.pdf")
    assert (result.reviewable, result.text) == (False, None)
    assert result.note == "PDF is password-protected"


def test_pdf_with_only_an_owner_password_opens() -> None:
    data = make_pdf(
        [MARKER], encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", permissions=0
    )
    result = extract(data, "no-copy.pdf")
    assert result.text == f"{MARKER}\n"


def test_random_bytes_named_pdf_never_reach_a_parser() -> None:
    result = extract(os.urandom(4096).replace(b"%PDF", b"xxxx"), "random.pdf")
    assert (result.kind, result.reviewable) == ("pdf", False)
    assert result.note == "PDF could not be read (not a PDF file)"


def test_garbage_after_a_pdf_header_is_unreadable() -> None:
    result = extract(b"%PDF-1.7\n" + os.urandom(8192), "garbage.pdf")
    assert (result.reviewable, result.note) == (False, "PDF could not be read")


def test_truncated_pdf_is_repaired_with_a_warning() -> None:
    data = make_pdf([f"page {index}" for index in range(20)], garbage=0, deflate=False)
    cut_after_an_object = data.index(b"endobj", len(data) // 2) + len(b"endobj")
    result = extract(data[:cut_after_an_object], "cut.pdf")
    assert result.reviewable
    assert result.note == "PDF was damaged and repaired; some text may be missing"
    assert result.text is not None and result.text.startswith("page 0\n\f")


def test_pdf_that_shows_no_words_is_not_reviewable() -> None:
    document = pymupdf.open()
    document.new_page().draw_rect(pymupdf.Rect(50, 50, 200, 200), fill=(0, 0, 0))
    result = extract(document.tobytes(), "scanned.pdf")
    assert (result.reviewable, result.note) == (
        False,
        "PDF shows no text: no text layer, and OCR read no words on its pages",
    )


def _scanned_page(document: pymupdf.Document, line: str) -> None:
    """A page whose only content is a picture of `line`: no text layer."""
    source = pymupdf.open()
    source.new_page(width=400, height=80).insert_text((20, 45), line, fontsize=20)
    page = document.new_page(width=400, height=80)
    page.insert_image(page.rect, pixmap=source[0].get_pixmap(dpi=200))


def test_a_scanned_page_is_read_by_ocr_in_its_place() -> None:
    document = pymupdf.open()
    document.new_page(width=400, height=80).insert_text((20, 45), "Typed page", fontsize=20)
    _scanned_page(document, "Scanned Harriet Quimby")
    result = extract(document.tobytes(), "mixed.pdf")
    assert (result.reviewable, result.note, result.details) == (True, "", {"pages": 2})
    assert result.text is not None
    typed, scanned = result.text.split("\f")
    assert typed == "Typed page\n"
    assert scanned == "Scanned Harriet Quimby"


def test_too_many_pages_is_refused(sample_pdf: bytes) -> None:
    result = extract(sample_pdf, "long.pdf", ChildLimits(max_pdf_pages=2))
    assert (result.reviewable, result.note) == (False, "PDF has more than 2 pages")


def test_slow_extraction_is_stopped_at_the_time_limit(sample_pdf: bytes) -> None:
    started = time.monotonic()
    result = extract(sample_pdf, "slow.pdf", ChildLimits(timeout_seconds=0.05))
    assert time.monotonic() - started < 5
    assert (result.reviewable, result.note) == (
        False,
        "PDF could not be read (took longer than 0.05 s)",
    )
