"""A picture of one place on a page, for the review's preview: the region around a box
(a finding's, or a span's characters), with the box outlined.

The original is as hostile here as at intake, so this runs only in the confined release
child; the parent receives bare RGB pixels with their size, and never asks an image
decoder to read what a subverted child might have written.
"""

from __future__ import annotations

import json
from typing import Any

from PIL import Image, ImageDraw

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels.boxes import POINTS_PER_INCH, Box
from workstation.pixels.picture_pdf import picture_pdf
from workstation.pixels.render import READING_DPI, pictures, render_region
from workstation.release.jobs import PreviewJob
from workstation.release.span_boxes import span_boxes

MAX_DPI = 150
OUTLINE = (220, 30, 30)


def preview(data: bytes, job: PreviewJob) -> bytes:
    """One JSON line (picture size, page size, region and boxes in points), then the
    picture's RGB bytes, row by row."""
    if job.picture and len(job.box) == 4:
        return _picture_preview(data, job)
    pymupdf = load_pymupdf()
    with pymupdf.open(
        stream=picture_pdf(data) if job.picture else data, filetype="pdf"
    ) as document:
        if document.needs_pass or not 0 <= job.page < document.page_count:
            raise ValueError("no such page")
        page = document[job.page]
        boxes = _boxes(page, job)
        region = surroundings(boxes, page.rect.width, page.rect.height)
        dpi = max(1, int(min(MAX_DPI, job.max_width * 72.0 / region.width)))
        image = render_region(page, region, dpi)
        return _answer(image, (page.rect.width, page.rect.height), region, boxes)


def _picture_preview(data: bytes, job: PreviewJob) -> bytes:
    """A picture file's frame cut and scaled directly (each pixel one dot at
    `READING_DPI`, as `picture_pdf` lays it out), without making the PDF first."""
    for number, frame in enumerate(pictures(data)):
        if number == job.page:
            scale = POINTS_PER_INCH / READING_DPI
            size = (frame.width * scale, frame.height * scale)
            boxes = [Box(*job.box)]
            region = surroundings(boxes, *size)
            dpi = max(1, int(min(MAX_DPI, job.max_width * POINTS_PER_INCH / region.width)))
            left, top, right, bottom = (round(value / scale) for value in _corners(region))
            cut = frame.convert("RGB").crop((left, top, right, bottom))
            width = max(1, round(region.width * dpi / POINTS_PER_INCH))
            height = max(1, round(region.height * dpi / POINTS_PER_INCH))
            return _answer(
                cut.resize((width, height), Image.Resampling.LANCZOS), size, region, boxes
            )
    raise ValueError("no such page")


def _corners(box: Box) -> tuple[float, float, float, float]:
    return box.left, box.top, box.right, box.bottom


def _answer(image: Image.Image, page: tuple[float, float], region: Box, boxes: list[Box]) -> bytes:
    """The boxes outlined on the picture, then the header line and the pixels."""
    draw = ImageDraw.Draw(image)
    scale = image.width / region.width
    for box in boxes:
        left, top = (box.left - region.left) * scale, (box.top - region.top) * scale
        right, bottom = (box.right - region.left) * scale, (box.bottom - region.top) * scale
        draw.rectangle((left - 3, top - 3, right + 3, bottom + 3), outline=OUTLINE, width=2)
    header = {
        "width": image.width,
        "height": image.height,
        "page": list(page),
        "region": list(_corners(region)),
        "boxes": [list(_corners(box)) for box in boxes],
    }
    return json.dumps(header).encode() + b"\n" + image.tobytes()


def _boxes(page: Any, job: PreviewJob) -> list[Box]:
    if len(job.box) == 4:
        return [Box(*job.box)]
    if job.span is None:
        raise ValueError("nothing to show")
    return span_boxes(page, [job.span])[0]


def surroundings(boxes: list[Box], width: float, height: float) -> Box:
    """The boxes with some of the page around them (the line, and lines above and below),
    inside the page."""
    left = min(b.left for b in boxes)
    top = min(b.top for b in boxes)
    right = max(b.right for b in boxes)
    bottom = max(b.bottom for b in boxes)
    across = max(72.0, (right - left) * 0.5)
    down = max(24.0, (bottom - top) * 1.5)
    return Box(
        max(0.0, left - across),
        max(0.0, top - down),
        min(width, right + across),
        min(height, bottom + down),
    )
