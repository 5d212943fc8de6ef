"""The default PDF release: a new file made from what each page shows, spans painted black.

Each page of the (hostile) PDF is rendered as a reader sees it, every accepted span's
characters (located by `span_boxes`) are painted black into those pixels (with the
policy's label or pseudonym drawn inside where it renders one), and
`workstation.pixels.rebuild` writes a brand-new PDF of the pictures: no text, font,
structure tree, page label, destination or attachment of the original is carried. Asked
to, printer tracking dots are cleaned from the original's images first and an invisible
OCR text layer of the painted pages is added. A picture original is first made the
PDF of its frames intake read (`picture_pdf`), then rebuilt the same way. Runs only in
the confined release child.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from PIL import Image, ImageChops

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels.boxes import Box
from workstation.pixels.picture_pdf import picture_pdf
from workstation.pixels.rebuild import Label, SourcePage, rebuild
from workstation.pixels.render import render_page
from workstation.release.jobs import PageBox, PageSpan
from workstation.release.pdf_engine import clean_images
from workstation.release.span_boxes import SpanNotLocated, span_boxes

__all__ = ["picture_pdf", "rebuild_pdf"]


def rebuild_pdf(
    data: bytes,
    spans: Sequence[PageSpan],
    *,
    text_layer: bool = False,
    clean_tracking_dots: bool = False,
    languages: Sequence[str] = ("eng",),
    fill_labels: bool = False,
    blackouts: Sequence[PageBox] = (),
) -> bytes:
    """The release PDF of `data`, `blackouts` (page and picture findings editors chose
    to black out) painted like spans; raises `SpanNotLocated` for a span not on its page.
    With `fill_labels`, each span's label ("[PERSON 2]") is drawn in white in its widest
    box, as the policy renders it in text."""
    pymupdf = load_pymupdf()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        if document.needs_pass:
            raise ValueError("encrypted")
        beyond = [span for span in spans if not 0 <= span.page < document.page_count]
        if beyond:
            raise SpanNotLocated(beyond[0].span_id, beyond[0].page)
        if clean_tracking_dots:
            clean_images(document)
        marked = [
            _marks(page, [s for s in spans if s.page == page.number], fill_labels, languages)
            for page in document
        ]
        for page_number, (boxes, _) in enumerate(marked):
            boxes.extend(
                Box(b.left, b.top, b.right, b.bottom) for b in blackouts if b.page == page_number
            )
        pages = _source_pages(document, marked)
        return rebuild(pages, text_layer=text_layer, languages=languages)


def _marks(
    page: Any, spans: list[PageSpan], fill_labels: bool, languages: Sequence[str]
) -> tuple[list[Box], list[Label]]:
    """The page's boxes to paint, and a label in each span's widest box when asked."""
    located = span_boxes(page, spans, languages)
    boxes = [box for each in located for box in each]
    if not fill_labels:
        return boxes, []
    labels = [
        Label(max(each, key=lambda box: box.width), span.label)
        for span, each in zip(spans, located, strict=True)
        if each and span.label
    ]
    return boxes, labels


def _source_pages(
    document: Any, marked: list[tuple[list[Box], list[Label]]]
) -> Iterator[SourcePage]:
    """Each page's rendering (colour kept only where there is colour) and its marks."""
    for page, (boxes, labels) in zip(document, marked, strict=True):
        picture = _grey_if_grey(render_page(page, colour=True))
        yield SourcePage(picture, page.rect.width, page.rect.height, tuple(boxes), tuple(labels))


def _grey_if_grey(image: Image.Image) -> Image.Image:
    """A page without colour as one grey channel: a third of the size, the same pixels."""
    red, green, blue = image.split()
    if ImageChops.difference(red, green).getbbox() or ImageChops.difference(green, blue).getbbox():
        return image
    return red
