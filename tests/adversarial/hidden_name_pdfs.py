"""PDF originals hiding the source's name from one reader or another.

Every page also carries ordinary black body text in its text layer, as a real memo does
(so OCR thresholds are set by real ink).
"""

from __future__ import annotations

import pymupdf
from hostile_reader import NAME

BODY = ("The harbour budget was approved on Tuesday after a long debate.",
        "The port authority will publish the minutes next week.")


def _page() -> tuple[pymupdf.Document, pymupdf.Page]:
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    for line, words in enumerate(BODY):
        page.insert_text((72, 120 + 20 * line), words, fontsize=12, fontname="helv")
    return document, page


def _saved(document: pymupdf.Document) -> bytes:
    data: bytes = document.tobytes(garbage=3, deflate=True)
    document.close()
    return data


def _name_picture(grey: float, size: float) -> pymupdf.Pixmap:
    """The name drawn in `grey` (0 black, 1 white) as a 300 dpi picture, no text layer."""
    scratch = pymupdf.open()
    page = scratch.new_page(width=size * 8, height=size * 1.6)
    page.insert_text((size * 0.2, size * 1.2), NAME, fontsize=size, fontname="helv",
                     color=(grey, grey, grey))
    picture = page.get_pixmap(dpi=300)
    scratch.close()
    return picture


def name_picture(grey: float = 0.0, size: float = 14, rotate: int = 0) -> bytes:
    """A memo with the name as a picture: faint (`grey` near 1), small or turned."""
    document, page = _page()
    width, height = size * 8, size * 1.6
    if rotate in (90, 270):
        width, height = height, width
    page.insert_image(pymupdf.Rect(72, 200, 72 + width, 200 + height),
                      pixmap=_name_picture(grey, size), rotate=rotate)
    return _saved(document)


def name_in_text(where: str) -> bytes:
    """The name in the text layer, placed where a rebuilt page might not show it."""
    document, page = _page()
    if where == "hidden-layer":
        layer = document.add_ocg("Desk notes", on=False)
        page.insert_text((72, 200), f"Source: {NAME}", fontsize=12, oc=layer)
    elif where == "off-page":
        page.insert_text((72, 900), f"Source: {NAME}", fontsize=12)
    elif where == "under-white-box":
        page.insert_text((72, 200), f"Source: {NAME}", fontsize=12)
        page.draw_rect(pymupdf.Rect(60, 180, 300, 210), color=None, fill=(1, 1, 1))
    elif where == "clipped":
        page.insert_text((72, 200), f"Source: {NAME}", fontsize=12)
        # a clip path of zero area around the text: nothing of it is painted
        contents = page.read_contents()
        document.update_stream(page.get_contents()[0], b"q 0 0 0 0 re W n " + contents + b" Q")
    elif where == "tiny":
        page.insert_text((72, 200), f"Source: {NAME}", fontsize=0.5)
    elif where == "white":
        page.insert_text((72, 200), f"Source: {NAME}", fontsize=12, color=(1, 1, 1))
    elif where == "invisible-render-mode":
        page.insert_text((72, 200), f"Source: {NAME}", fontsize=12, render_mode=3)
    else:
        raise ValueError(where)
    return _saved(document)


def name_in_form_or_annotation(where: str) -> bytes:
    document, page = _page()
    if where == "form-field":
        widget = pymupdf.Widget()
        widget.field_name, widget.field_type = "holder", pymupdf.PDF_WIDGET_TYPE_TEXT
        widget.field_value, widget.rect = NAME, pymupdf.Rect(72, 190, 300, 215)
        page.add_widget(widget)
    elif where == "free-text-annotation":
        page.add_freetext_annot(pymupdf.Rect(72, 190, 300, 215), f"Source: {NAME}",
                                fontsize=12)
    elif where == "sticky-note":
        page.add_text_annot((300, 300), f"Ask {NAME}")
    else:
        raise ValueError(where)
    return _saved(document)


def name_in_the_object_graph(where: str) -> bytes:
    """The name where no text extractor looks: a font's name, a marked-content property."""
    document, page = _page()
    if where == "font-name":
        for xref, *_ in page.get_fonts():
            document.xref_set_key(xref, "BaseFont", "/RadomirVesk-Bold")
    elif where == "marked-content":
        page.insert_text((72, 200), "Signed for the desk.", fontsize=12)
        contents = page.get_contents()[0]
        stream = document.xref_stream(contents)
        tagged = b"/Span <</Desk (Radomir Vesk)>> BDC " + stream + b" EMC"
        document.update_stream(contents, tagged)
    else:
        raise ValueError(where)
    return _saved(document)
