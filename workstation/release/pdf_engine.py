"""Every PyMuPDF call of release: true redaction of a PDF and typesetting text as a PDF.

It runs only inside the confined child (``workstation.release.child``): the original
PDF is hostile input. Redaction removes what lies under each box — text, image pixels
and vector drawings — then scrubs everything a reader does not see on the page
(information dictionary, XMP, annotations, links, form fields, attachments, JavaScript,
hidden text, thumbnails, outline), gives fonts neutral names and drops marked content
and the structure tree (:mod:`workstation.release.kept_layer`), and rewrites the file
whole, so no earlier revision survives. Asked to, it also cleans printer tracking dots
from the images (DEDA's cleanScan, see workstation.fingerprints.originals.dots) before
any rasterizing.
"""

from __future__ import annotations

import html
import io
from typing import Any

from workstation.confined.mupdf import load_pymupdf
from workstation.fingerprints.originals.dots import clean_dots
from workstation.fingerprints.originals.images import open_image
from workstation.fingerprints.originals.pdf import (
    IMAGE_FORMATS,
    dark_areas,
    hidden_span_codes,
    placed_dpi,
)
from workstation.release.jobs import PageSpan
from workstation.release.kept_layer import neutralise
from workstation.release.span_boxes import SpanNotLocated, characters, locate

PAGE_SEPARATOR = "\f"
RASTER_DPI = 150
SAVE_OPTIONS = {"garbage": 4, "deflate": True, "clean": True, "no_new_id": True}
"""Rewrite whole, drop unused objects; no /ID: MuPDF would keep the original's first half,
which ties the released file to the copy it came from."""


def redact_pdf(
    data: bytes,
    spans: list[PageSpan],
    rasterize: bool,
    fill_labels: bool,
    strip_hidden: bool = False,
    clean_tracking_dots: bool = False,
) -> bytes:
    """The PDF with every span truly removed, scrubbed and rewritten; optionally flattened.
    `strip_hidden` also removes text a reader does not see (accepted hidden content);
    `clean_tracking_dots` whitens the paper areas of images with yellow specks."""
    pymupdf = load_pymupdf()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        if document.needs_pass:
            raise ValueError("encrypted")
        for page in document:
            mine = [span for span in spans if span.page == page.number]
            hidden = _hidden_text(page) if strip_hidden else []
            for rect in hidden:
                page.add_redact_annot(rect, fill=False)
            if mine:
                _mark(page, mine, fill_labels)
            if mine or hidden:
                page.apply_redactions(
                    images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                    graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                    text=pymupdf.PDF_REDACT_TEXT_REMOVE,
                )
        if clean_tracking_dots:
            clean_images(document)
        _scrub(document)
        if not rasterize:
            neutralise(document)
        cleaned = bytes(document.tobytes(**SAVE_OPTIONS))
    return _rasterized(cleaned) if rasterize else cleaned


def _hidden_text(page: Any) -> list[Any]:
    """Boxes of text a reader does not see (white, invisible, tiny; off the page, whose
    box is widened over the page's edge): the fingerprint pass's hidden content."""
    pymupdf = load_pymupdf()
    rects = []
    dark = dark_areas(page)
    for span in page.get_texttrace():
        if hidden_span_codes(span, page.rect, dark):
            rects.append(pymupdf.Rect(span["bbox"]))
    return rects


def clean_images(document: Any) -> None:
    """Replace every image with yellow specks by its cleaned copy (once per image, though
    several pages may show it); the gate then reads each image back with DEDA."""
    seen: set[int] = set()
    for page in document:
        for image in page.get_images(full=True):
            xref = image[0]
            if xref in seen:
                continue
            seen.add(xref)
            png = _cleaned(document, page, xref)
            if png is not None:
                page.replace_image(xref, stream=png)


def _cleaned(document: Any, page: Any, xref: int) -> bytes | None:
    """An image's cleaned PNG, or None when it has no yellow specks to clean."""
    extracted = document.extract_image(xref)
    if not extracted or extracted.get("ext") not in IMAGE_FORMATS:
        return None
    with open_image(extracted["image"]) as image:
        dpi = placed_dpi(page, xref, image.width, image.height)
        return clean_dots(image, dpi)


def _mark(page: Any, spans: list[PageSpan], fill_labels: bool) -> None:
    """A black redaction box over each span, located from its own characters' boxes
    (``span_boxes``); a span not on its page raises `SpanNotLocated`."""
    pymupdf = load_pymupdf()
    text, boxes = characters(page)
    for span in spans:
        located = locate(text, boxes, span)
        if located is None:
            raise SpanNotLocated(span.span_id, span.page)
        for box in located:
            page.add_redact_annot(
                pymupdf.Rect(box.left, box.top, box.right, box.bottom),
                text=span.label if fill_labels else None,
                fill=(0, 0, 0),
                text_color=(1, 1, 1),
                fontsize=6,
            )


def _scrub(document: Any) -> None:
    """Remove everything but what the pages show."""
    document.scrub(
        attached_files=True,
        clean_pages=True,
        embedded_files=True,
        hidden_text=True,
        javascript=True,
        metadata=True,
        redactions=True,
        remove_links=True,
        reset_fields=True,
        reset_responses=True,
        thumbnails=True,
        xml_metadata=True,
    )
    for page in document:
        for widget in list(page.widgets()):
            page.delete_widget(widget)
        # Dropping the page's /Annots array removes every annotation at once; deleting
        # them one by one fails in MuPDF on a note whose popup went with it.
        document.xref_set_key(page.xref, "Annots", "[]")
    for name in document.embfile_names():
        document.embfile_del(name)
    document.set_toc([])
    document.set_metadata({})
    document.del_xml_metadata()
    # MuPDF 1.28 also writes an information dictionary (its Producer) into the catalog.
    document.xref_set_key(document.pdf_catalog(), "Info", "null")
    document.xref_set_key(-1, "ID", "null")  # -1: the trailer


def _rasterized(data: bytes) -> bytes:
    """Every page flattened to an image: no text, fonts or vector content remain."""
    pymupdf = load_pymupdf()
    with pymupdf.open(stream=data, filetype="pdf") as source, pymupdf.open() as flat:
        for page in source:
            pixmap = page.get_pixmap(dpi=RASTER_DPI, alpha=False)
            target = flat.new_page(width=page.rect.width, height=page.rect.height)
            target.insert_image(target.rect, pixmap=pixmap)
        _scrub(flat)
        return bytes(flat.tobytes(**SAVE_OPTIONS))


def typeset(text: str) -> bytes:
    """A plain A4 PDF of redacted text (DOCX and other originals released as PDF)."""
    pymupdf = load_pymupdf()
    # an empty line is a line break, not a no-break space (which the gate would refuse
    # as an unusual space)
    paragraphs = "".join(
        f"<p>{html.escape(line)}</p>" if line else "<br/>" for line in text.split("\n")
    )
    story = pymupdf.Story(
        html=f"<body style='font-family: sans-serif; font-size: 10pt'>{paragraphs}</body>"
    )
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    page_rect = pymupdf.paper_rect("a4")
    more = True
    while more:
        device = writer.begin_page(page_rect)
        more, _ = story.place(pymupdf.Rect(56, 56, page_rect.width - 56, page_rect.height - 56))
        story.draw(device)
        writer.end_page()
    writer.close()
    with pymupdf.open(stream=buffer.getvalue(), filetype="pdf") as document:
        _scrub(document)
        return bytes(document.tobytes(**SAVE_OPTIONS))
