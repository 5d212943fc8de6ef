"""PDFs built by the test suite: names in body text, a table, an image caption, metadata.

Built with PyMuPDF (the writer the product also uses for redaction); the tests read the
released files back with pypdf, an independent extractor.
"""

from __future__ import annotations

from typing import Any

import pymupdf

INFORMANT = "Radomir Vesk"
TABLE_NAME = "Luka Ferenc"
CAPTION_NAME = "Mirela Kostov"
METADATA_NAME = "Sgt. Ivo Radek"
NAMES = (INFORMANT, TABLE_NAME, CAPTION_NAME, METADATA_NAME)

BODY = (
    "SUBJECT: MEETING WITH OPPOSITION CONTACTS",
    "",
    f"1. (C) Poloff met {INFORMANT} (STRICTLY PROTECT) in the capital.",
    "He said the Interior Ministry pays militia leaders in cash.",
)


def _image() -> Any:
    """A small grey picture for the caption to sit under."""
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 30), False)
    pixmap.set_rect(pixmap.irect, (120, 120, 120))
    return pixmap


def names_everywhere() -> bytes:
    """One page: body text, a two-column table with a ruled grid, an image with a caption,
    and the information dictionary and XMP naming the author."""
    document = pymupdf.open()
    page = document.new_page()
    y = 72.0
    for line in BODY:
        page.insert_text((72, y), line, fontsize=11)
        y += 16
    y += 20
    rows = (("Name", "Role"), (TABLE_NAME, "Courier"), ("Unknown", "Driver"))
    for row in rows:
        for column, cell in enumerate(row):
            x = 72 + column * 160
            page.draw_rect(pymupdf.Rect(x, y - 12, x + 160, y + 6), color=(0, 0, 0), width=0.5)
            page.insert_text((x + 4, y), cell, fontsize=10)
        y += 18
    y += 20
    page.insert_image(pymupdf.Rect(72, y, 192, y + 90), pixmap=_image())
    page.insert_text((72, y + 104), f"Photo: {CAPTION_NAME} at the harbour gate", fontsize=9)
    document.set_metadata({"author": METADATA_NAME, "title": f"Report by {METADATA_NAME}"})
    document.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'>{METADATA_NAME}</x:xmpmeta>")
    return bytes(document.tobytes())


def box_drawn_over(data: bytes, name: str) -> bytes:
    """The naive 'redaction': a black rectangle drawn over the name, the text still there."""
    with pymupdf.open(stream=data, filetype="pdf") as document:
        for page in document:
            for rect in page.search_for(name):
                page.draw_rect(rect, color=(0, 0, 0), fill=(0, 0, 0))
        return bytes(document.tobytes())


_MARKING_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Marked def
1 begincodespacerange
<00> <FF>
endcodespacerange
1 beginbfchar
<7E> <200B>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def zero_width_marked() -> bytes:
    """A canary-trap copy: the font's ToUnicode map reads '~' as U+200B ZERO WIDTH SPACE,
    so extractors find an invisible character inside "Mark~ed"."""
    content = b"BT /F1 12 Tf 72 700 Td (Mark~ed copy) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(_MARKING_CMAP) + _MARKING_CMAP + b"\nendstream",
    ]
    raw = b"%PDF-1.4\n" + b"".join(
        b"%d 0 obj\n" % number + body + b"\nendobj\n" for number, body in enumerate(objects, 1)
    )
    raw += b"trailer\n<< /Root 1 0 R /Size 7 >>\n%%EOF\n"
    with pymupdf.open(stream=raw, filetype="pdf") as document:  # writes the xref for us
        return bytes(document.tobytes())
