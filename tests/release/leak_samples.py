"""PDFs built to leak a name past a release that reads text: the issue's cases.

Each shows (or hides in a structure) the fictional name `NAME`; the tests release them
and read the result three ways (pypdf text, PyMuPDF text, OCR of a PDFium rendering).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
from PIL import ImageOps

from workstation.pixels import ocr, render

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pixels"))

from pixel_samples import LINE, NAME, name_as_picture, rot13_tounicode, strip_pdf

__all__ = [
    "NAME",
    "folds_and_control_glyph",
    "label_read",
    "name_as_picture",
    "name_extracting_as_other_words",
    "structures",
]

_FOLDS_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Folds def
1 begincodespacerange
<00> <FF>
endcodespacerange
3 beginbfchar
<7E> <000A>
<23> <FB01>
<5E> <0130>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def name_extracting_as_other_words() -> bytes:
    """Shows "... Radomir Vesk ..." but every extractor reads ROT13 ("Enqbzve Irfx")."""
    return rot13_tounicode(strip_pdf())


def folds_and_control_glyph() -> bytes:
    """Before the name: ß (folds to ss), glyphs whose text is İ and ﬁ (fold longer), and a
    glyph whose text is a line break: every case-folded offset after them is wrong."""
    content = (
        b"BT /F1 14 Tf 20 45 Td (Gro\xdf\xdfe ^^ ##nal ~" + NAME.encode() + b" met the union) Tj ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 460 80] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
        b" /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(_FOLDS_CMAP) + _FOLDS_CMAP + b"\nendstream",
    ]
    raw = b"%PDF-1.4\n" + b"".join(
        b"%d 0 obj\n" % number + body + b"\nendobj\n" for number, body in enumerate(objects, 1)
    )
    raw += b"trailer\n<< /Root 1 0 R /Size 7 >>\n%%EOF\n"
    with pymupdf.open(stream=raw, filetype="pdf") as document:
        return bytes(document.tobytes())


def structures() -> bytes:
    """The name on the page, and in page labels, a structure tree's /Alt and /ActualText,
    the page's /PieceInfo, a named destination and the catalog's /AF (a file spec that
    is in no /EmbeddedFiles)."""
    document = pymupdf.open(stream=strip_pdf(LINE.format(name=NAME)), filetype="pdf")
    page = document[0]
    catalog = document.pdf_catalog()
    document.set_page_labels([{"startpage": 0, "prefix": f"{NAME} ", "style": "D"}])
    element, tree = document.get_new_xref(), document.get_new_xref()
    document.update_object(
        element,
        f"<</Type/StructElem/S/Figure/Alt({NAME})/ActualText({NAME})/P {tree} 0 R"
        f"/Pg {page.xref} 0 R>>",
    )
    document.update_object(tree, f"<</Type/StructTreeRoot/K {element} 0 R>>")
    document.xref_set_key(catalog, "StructTreeRoot", f"{tree} 0 R")
    document.xref_set_key(page.xref, "PieceInfo", f"<</Desk<</Private({NAME})>>>>")
    document.xref_set_key(catalog, "Names", f"<</Dests<</Names[({NAME})[{page.xref} 0 R/Fit]]>>>>")
    document.xref_set_key(catalog, "AF", f"[<</Type/Filespec/F({NAME}.txt)/UF({NAME}.txt)>>]")
    return bytes(document.tobytes())


def label_read(released: bytes, original: bytes) -> str:
    """What OCR reads in the black box over the name, turned black on white (within a
    page, Tesseract seldom reads white letters on black)."""
    with pymupdf.open(stream=original, filetype="pdf") as document:
        where = document[0].search_for(NAME)[0]
    with pymupdf.open(stream=released, filetype="pdf") as document:
        box = tuple(round(value * 300 / 72) for value in where)
        picture = render.render_page(document[0], 300).crop(box)
    return ocr.read(ImageOps.invert(picture), 300).text
