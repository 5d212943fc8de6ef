"""Scanned pages with a real printer tracking-dot pattern, made with DEDA itself.

DEDA's `AnonmaskApplierTdm` draws the yellow dot matrix a colour laser printer would
print (pattern 4: serial 654321, printed 2021-04-03 09:30) as a PDF page; PyMuPDF lays
it over a page of text and renders the top-left four inches at 300 dpi, as a scanner
would: a 1200 x 1200 pixel scan. The same scan without dots (and with a yellow logo in
both) is the clean case.
"""

from __future__ import annotations

import functools
import io

import pymupdf
from PIL import Image

SERIAL = 654321
DECODED_SERIAL = "00654321"
PRINTED = "2021-04-03 09:30"
DPI = 300
SIDE_POINTS = 288  # four inches
MEMO_LINE = "Harbour memo: the talks at the gate went well."
YELLOW = (1.0, 0.85, 0.0)


@functools.cache
def dot_matrix_pdf() -> bytes:
    """DEDA's yellow dot matrix for one A4 page, alone (about a second to make)."""
    from libdeda.pattern_handler import TDM, Pattern4
    from libdeda.privacy import AnonmaskApplierTdm

    content = {
        "serial": SERIAL,
        "year": 21,
        "month": 4,
        "day": 3,
        "hour": 9,
        "minutes": 30,
        "manufacturer": "Epson",
    }
    return bytes(AnonmaskApplierTdm(TDM(Pattern4, content=content)).apply(None))


@functools.cache
def scan_png(dots: bool = True) -> bytes:
    """A 300 dpi scan (PNG, resolution stated) of printed text with a yellow logo, and
    the printer's dots when `dots`."""
    with pymupdf.open() as document:
        page = document.new_page(width=595, height=842)
        page.insert_text((40, 60), "MINISTRY OF PORTS", fontsize=14)
        page.insert_text((40, 100), MEMO_LINE, fontsize=9)
        page.draw_rect(pymupdf.Rect(200, 150, 260, 210), color=YELLOW, fill=YELLOW)
        if dots:
            with pymupdf.open(stream=dot_matrix_pdf(), filetype="pdf") as matrix:
                page.show_pdf_page(page.rect, matrix, 0)
        clip = pymupdf.Rect(0, 0, SIDE_POINTS, SIDE_POINTS)
        pixmap = page.get_pixmap(dpi=DPI, clip=clip, alpha=False)
        image = Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


def pdf_with_scan(png: bytes) -> bytes:
    """A one-page PDF: a line of text (so there is something to review) above the scan,
    placed at four inches wide, so it is shown at 300 dpi."""
    with pymupdf.open() as document:
        page = document.new_page(width=595, height=842)
        page.insert_text((72, 72), MEMO_LINE, fontsize=11)
        page.insert_image(pymupdf.Rect(72, 100, 72 + SIDE_POINTS, 100 + SIDE_POINTS), stream=png)
        return bytes(document.tobytes(garbage=3, deflate=True))


def docx_with_scan(png: bytes) -> bytes:
    """A DOCX with a paragraph and the scan as a picture (word/media/image1.png)."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.add_paragraph(MEMO_LINE)
    document.add_picture(io.BytesIO(png), width=Inches(4))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def images_of(pdf: bytes) -> list[bytes]:
    """Every image in a PDF, extracted by PyMuPDF (for checking a release independently)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        xrefs = {image[0] for page in document for image in page.get_images(full=True)}
        return [document.extract_image(xref)["image"] for xref in sorted(xrefs)]
