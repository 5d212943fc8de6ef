"""Pages that show one thing and say another, and pictures without words: built here.

Each is small (a strip of a page) so OCR in the tests stays quick; the name is the
fictional `pixel_samples.NAME`.
"""

from __future__ import annotations

import io
import math

import docx
import pymupdf
from PIL import Image, ImageDraw
from pixel_samples import LINE, NAME, STRIP, strip_pdf

SIGNATURE_BOX = (250, 12, 400, 72)
"""Where `text_and_signature` places the signature, in points (top-left origin)."""


def actual_text() -> bytes:
    """The name is drawn, but an /ActualText entry makes every extractor read "the usual
    staff" in its place."""
    content = (
        b"BT /F1 14 Tf 20 45 Td (The harbour master ) Tj ET "
        b"/Span << /ActualText (the usual staff) >> BDC "
        b"BT /F1 14 Tf 160 45 Td (" + NAME.encode() + b") Tj ET EMC "
        b"BT /F1 14 Tf 260 45 Td (signed it) Tj ET"
    )
    return _pdf(content)


def outlined_name() -> bytes:
    """A line of text in the layer, and under it the name drawn as vector outlines only."""
    name_only = pymupdf.open(stream=strip_pdf(NAME, fontsize=16), filetype="pdf")
    svg = name_only[0].get_svg_image(text_as_path=True)
    outlines = pymupdf.open(
        stream=pymupdf.open(stream=svg.encode(), filetype="svg").convert_to_pdf()
    )
    document = pymupdf.open()
    page = document.new_page(width=STRIP[2], height=110)
    page.insert_text((20, 30), "The harbour master signed the manifest", fontsize=14)
    page.show_pdf_page(pymupdf.Rect(0, 30, STRIP[2], 110), outlines, 0)
    return bytes(document.tobytes())


def white_name() -> bytes:
    """A visible line, and the name in white text that nobody sees on the page."""
    document = pymupdf.open()
    page = document.new_page(width=STRIP[2], height=STRIP[3])
    page.insert_text((20, 30), "The harbour master signed the manifest", fontsize=14)
    page.insert_text((20, 60), NAME, fontsize=14, color=(1, 1, 1))
    return bytes(document.tobytes())


def signature_png(width: int = 600, height: int = 240) -> bytes:
    """A handwritten-looking scribble: strokes, no letters OCR can read."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    points = [
        (40 + 5.2 * step, height / 2 + 60 * math.sin(step / 6) * math.cos(step / 17))
        for step in range(100)
    ]
    draw.line(points, fill=0, width=7)
    draw.line([(60, height - 50), (width - 60, height - 70)], fill=0, width=5)
    encoded = io.BytesIO()
    image.save(encoded, "PNG")
    return encoded.getvalue()


def badge_png() -> bytes:
    """A badge: a face-like photo area and the name printed under it."""
    image = Image.new("RGB", (900, 300), (235, 235, 225))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 30, 240, 270), fill=(150, 120, 100))
    source = pymupdf.open(stream=strip_pdf(NAME, fontsize=20), filetype="pdf")
    text = Image.open(io.BytesIO(source[0].get_pixmap(dpi=150).tobytes("png")))
    image.paste(text.convert("RGB"), (270, 100))
    encoded = io.BytesIO()
    image.save(encoded, "PNG")
    return encoded.getvalue()


def text_and_signature() -> bytes:
    """A line of text and a signature picture beside it."""
    document = pymupdf.open()
    page = document.new_page(width=STRIP[2], height=STRIP[3])
    page.insert_text((20, 45), "Signed for the port:", fontsize=14)
    page.insert_image(pymupdf.Rect(*SIGNATURE_BOX), stream=signature_png())
    return bytes(document.tobytes())


def text_and_badge() -> bytes:
    """A line of text and, under it, a photographed badge showing the name."""
    document = pymupdf.open()
    page = document.new_page(width=STRIP[2], height=170)
    page.insert_text((20, 30), "Visitor pass scanned at the gate", fontsize=14)
    page.insert_image(pymupdf.Rect(20, 45, 380, 165), stream=badge_png())
    return bytes(document.tobytes())


def mixed_pages() -> bytes:
    """A text page, then a scanned page (a picture of a line naming the name)."""
    document = pymupdf.open()
    document.insert_pdf(pymupdf.open(stream=strip_pdf("The harbour master signed the manifest")))
    scan = pymupdf.open(stream=strip_pdf(LINE.format(name=NAME)), filetype="pdf")
    page = document.new_page(width=STRIP[2], height=STRIP[3])
    page.insert_image(page.rect, pixmap=scan[0].get_pixmap(dpi=200))
    return bytes(document.tobytes())


def docx_with_pictures() -> bytes:
    """A paragraph, a signature picture and a badge picture (which shows the name)."""
    document = docx.Document()
    document.add_paragraph("Signed for the port authority.")
    document.add_picture(io.BytesIO(signature_png()))
    document.add_picture(io.BytesIO(badge_png()))
    encoded = io.BytesIO()
    document.save(encoded)
    return encoded.getvalue()


def _pdf(content: bytes) -> bytes:
    """A one-page PDF with `content` and Helvetica as /F1, written by hand."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 80] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.7\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    return out
