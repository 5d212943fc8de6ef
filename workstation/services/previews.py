"""A picture of the place on a page an editor is deciding about, and a sentence saying
where it is, for the review's preview.

Anything carrying a page and a box can be previewed: a span on a page read by OCR (its
words' boxes, kept by `page_readings`), a span on a page with a text layer (the release
child finds its characters as release does), or a finding that names a `page` (1-based,
as findings name pages to editors) and a `box` (left, top, right, bottom in PDF points
of the page as shown). The original is rendered only in the confined release child;
what comes back is bare pixels of a checked size.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from vault import Session
from workstation.release.jobs import PageSpan
from workstation.release.rendering import PAGE_BREAK
from workstation.release.review_child import PreviewPicture, preview_in_child
from workstation.release.sandbox import PdfNotMade
from workstation.services.errors import WorkstationError
from workstation.services.page_readings import READ_KINDS, PageReadings

CM_PER_POINT = 2.54 / 72

Box4 = tuple[float, float, float, float]


@dataclass(frozen=True)
class PageRegion:
    """A place on a page (0-based): a box in points of the page as shown, or a span of
    the document's text (offsets) whose characters the child finds on the page."""

    page: int
    box: Box4 | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Preview:
    """The picture (RGB bytes, `width` x `height`), the sentence, and how long it took."""

    region: PageRegion
    description: str
    width: int
    height: int
    rgb: bytes
    seconds: float


def page_of(text: str, offset: int) -> tuple[int, int]:
    """The page (0-based) an offset is on, and where that page starts in the text."""
    page = text.count(PAGE_BREAK, 0, offset)
    return page, (text.rfind(PAGE_BREAK, 0, offset) + 1)


def span_region(text: str, readings: PageReadings, start: int, end: int) -> PageRegion:
    """Where a span is: its OCR words' boxes where its page was read by OCR, otherwise
    its characters (on the page it starts on)."""
    page, _ = page_of(text, start)
    boxes = [word.box for word in readings.words_in(start, end) if word.page == page]
    if boxes:
        return PageRegion(page, _union(boxes))
    return PageRegion(page, span=(start, end))


def finding_region(finding: object) -> PageRegion | None:
    """The region of anything that carries `page` (1-based) and `box` (four numbers in
    points); None for what names no place on a page."""
    page, box = getattr(finding, "page", None), getattr(finding, "box", None)
    if type(page) is not int or page < 1 or not isinstance(box, tuple | list) or len(box) != 4:
        return None
    if not all(isinstance(value, int | float) for value in box):
        return None
    left, top, right, bottom = (float(value) for value in box)
    return PageRegion(page - 1, (left, top, right, bottom))


def describe(region: PageRegion, box: Box4, page_size: tuple[float, float]) -> str:
    """Where the place is, e.g. "page 2, top-left quarter, 4.2 x 0.6 cm" (with a
    multiplication sign): for terminals that cannot draw it, and above the picture."""
    left, top, right, bottom = box
    width, height = page_size
    across = "left" if (left + right) / 2 < width / 2 else "right"
    down = "top" if (top + bottom) / 2 < height / 2 else "bottom"
    size = f"{_cm(right - left)} \u00d7 {_cm(bottom - top)} cm"
    return f"page {region.page + 1}, {down}-{across} quarter, {size}"


def _cm(points: float) -> str:
    value = points * CM_PER_POINT
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def preview(session: Session, document_id: str, text: str, region: PageRegion) -> Preview:
    """Render the region in the confined release child. Raises `WorkstationError` (one
    line, no text) when the document has no pages or the child fails."""
    document = session.document(document_id)
    if document.kind not in READ_KINDS:
        raise WorkstationError(f"document {document_id} has no pages to preview")
    began = time.monotonic()
    original = b"".join(session.read_original(document_id))
    span = None
    if region.box is None and region.span is not None:
        start, end = region.span
        page, page_start = page_of(text, start)
        end = min(end, _page_end(text, page_start))
        span = PageSpan(page, start - page_start, end - page_start, text[start:end], "", "")
    try:
        picture = preview_in_child(
            original, region.page, region.box, span, picture=document.kind == "image"
        )
    except PdfNotMade:
        raise WorkstationError(
            f"no preview of page {region.page + 1} of {document_id}: the page could not be "
            "rendered or the place was not found on it"
        ) from None
    return _preview(region, picture, time.monotonic() - began)


def _preview(region: PageRegion, picture: PreviewPicture, seconds: float) -> Preview:
    box = _union(list(picture.boxes)) if picture.boxes else picture.region
    return Preview(
        region,
        describe(region, box, picture.page_size),
        picture.width,
        picture.height,
        picture.rgb,
        seconds,
    )


def _page_end(text: str, page_start: int) -> int:
    end = text.find(PAGE_BREAK, page_start)
    return len(text) if end == -1 else end


def _union(boxes: list[Box4]) -> Box4:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
