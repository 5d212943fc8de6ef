"""A brand-new PDF made of page pictures, with the redactions painted into the pixels.

Nothing of an original's object graph is carried: each page is one picture (the
rendering a reader saw, or the scanned image), the accepted boxes are painted black
into its pixels before it is embedded — so there is no text, glyph or vector outline
under a box to recover — and the file is written whole by PyMuPDF with no information
dictionary, no XMP, no outline and no file identifier. Optionally each page gets an
invisible text layer (render mode 3) of what OCR reads on the *redacted* picture, so
the release can be searched and copied from but holds no word the picture does not
show.

The same pages in give the same bytes out (releases are compared byte for byte):
nothing time- or random-dependent is written, images are compressed losslessly with
zlib, and MuPDF numbers objects in the order they are made.
"""

from __future__ import annotations

import functools
import math
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels import ocr
from workstation.pixels.boxes import POINTS_PER_INCH, Box
from workstation.pixels.render import READING_DPI

PAINT_MARGIN_POINTS = 1.0
"""Painted boxes grow by this much on every side: ink of italics and accents reaches a
little past a character's box."""
SAVE_OPTIONS = {"garbage": 4, "deflate": True, "clean": True, "no_new_id": True}
"""One revision, unused objects dropped, streams compressed, content streams rewritten
by MuPDF's own cleaner, and no /ID."""
LABEL_FILL = 0.7
"""A label's letters are at most this share of its box's height."""
MIN_LABEL_PIXELS = 12
"""Below this a label is not drawn (the box stays plain black): about 3 pt at 300 dpi,
too small to read and too small for OCR to mistake for anything."""
TEXT_FONT = "helv"
"""The invisible layer's font: the standard Helvetica, referenced and not embedded
(WinAnsi: a character outside it becomes '?', which only searching sees)."""


@dataclass(frozen=True)
class Label:
    """Text to draw inside a box once it is painted black."""

    box: Box
    text: str


@dataclass(frozen=True)
class SourcePage:
    """One page to rebuild: its picture, its size in points, and the boxes to black out.

    `boxes` are in points in the picture's own frame (top-left origin, the page as
    rendered, rotation applied). `labels` are drawn in white inside boxes painted
    black (a policy's "[PERSON]" or "[PERSON 2]"; never the original words). A picture
    file has no page size: use `for_picture`.
    """

    image: Image.Image
    width: float
    height: float
    boxes: tuple[Box, ...] = ()
    labels: tuple[Label, ...] = ()

    @classmethod
    def for_picture(cls, image: Image.Image, dpi: float, boxes: tuple[Box, ...] = ()) -> SourcePage:
        """A page the size `image` has when printed at `dpi`."""
        scale = POINTS_PER_INCH / dpi
        return cls(image, image.width * scale, image.height * scale, boxes)


def painted(page: SourcePage, margin: float = PAINT_MARGIN_POINTS) -> Image.Image:
    """A copy of the page's picture with every box filled black, out to whole pixels."""
    image = page.image.copy() if page.image.mode in ("L", "RGB") else page.image.convert("RGB")
    across, down = image.width / page.width, image.height / page.height
    draw = ImageDraw.Draw(image)
    black = 0 if image.mode == "L" else (0, 0, 0)
    white = 255 if image.mode == "L" else (255, 255, 255)
    for box in (*page.boxes, *(label.box for label in page.labels)):
        left, top, right, bottom = _pixel_box(box.grown(margin), across, down)
        if right > left and bottom > top:
            draw.rectangle((left, top, right - 1, bottom - 1), fill=black)
    for label in page.labels:
        _draw_label(draw, _pixel_box(label.box, across, down), label.text, white)
    return image


def _pixel_box(box: Box, across: float, down: float) -> tuple[int, int, int, int]:
    """A box in points as whole pixels, rounded outwards."""
    return (
        math.floor(box.left * across),
        math.floor(box.top * down),
        math.ceil(box.right * across),
        math.ceil(box.bottom * down),
    )


def _draw_label(
    draw: ImageDraw.ImageDraw,
    box: tuple[int, int, int, int],
    text: str,
    colour: float | tuple[int, ...],
) -> None:
    """`text` centred in the (already black) `box`, as large as fits its height and
    width; not drawn at all where it would be smaller than `MIN_LABEL_PIXELS`."""
    left, top, right, bottom = box
    size = label_size(text, right - left, bottom - top)
    if size < MIN_LABEL_PIXELS:
        return
    font = _font(size)
    x0, y0, x1, y1 = font.getbbox(text)
    x = left + (right - left - (x1 - x0)) / 2 - x0
    y = top + (bottom - top - (y1 - y0)) / 2 - y0
    draw.text((x, y), text, fill=colour, font=font)


def label_size(text: str, width: int, height: int) -> int:
    """The font size in pixels at which `text` fits a box `width` by `height` pixels
    (a little margin on each side)."""
    size = int(height * LABEL_FILL)
    while size >= MIN_LABEL_PIXELS:
        x0, y0, x1, y1 = _font(size).getbbox(text)
        if x1 - x0 <= width * 0.94 and y1 - y0 <= height * 0.9:
            return size
        size = min(size - 1, int(size * width * 0.94 / max(x1 - x0, 1)))
    return 0


@functools.lru_cache(maxsize=64)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's own embedded font (no file is read: the child may open none)."""
    return ImageFont.load_default(size)


def rebuild(
    pages: Iterable[SourcePage],
    *,
    text_layer: bool = False,
    languages: Sequence[str] = ocr.DEFAULT_LANGUAGES,
    workers: int = 1,
) -> bytes:
    """The release PDF: one page per `SourcePage`, boxes painted into the pixels, and
    an invisible OCR text layer of the painted pictures when `text_layer` is set (read
    `workers` pages at a time)."""
    pymupdf = load_pymupdf()
    waiting: deque[tuple[SourcePage, Image.Image]] = deque()

    def paint_all() -> Iterator[Image.Image]:
        for source in pages:
            image = painted(source)
            waiting.append((source, image))
            yield image

    with pymupdf.open() as document:
        if text_layer:
            # The resolution is a hint for Tesseract's noise filters; the words' boxes
            # are taken in pixels and scaled to each page.
            readings = ocr.read_all(paint_all(), READING_DPI, languages, workers=workers)
            for reading in readings:
                source, image = waiting.popleft()
                page = _picture_page(pymupdf, document, source, image)
                _write_invisible(page, reading, source, image)
        else:
            for _ in paint_all():
                _picture_page(pymupdf, document, *waiting.popleft())
        _bare_catalog(document)
        return bytes(document.tobytes(**SAVE_OPTIONS))


def _picture_page(pymupdf: Any, document: Any, source: SourcePage, image: Image.Image) -> Any:
    page = document.new_page(width=source.width, height=source.height)
    page.insert_image(page.rect, pixmap=_pixmap(pymupdf, image))
    return page


def _pixmap(pymupdf: Any, image: Image.Image) -> Any:
    space = pymupdf.csGRAY if image.mode == "L" else pymupdf.csRGB
    return pymupdf.Pixmap(space, image.width, image.height, image.tobytes(), False)


def _write_invisible(
    page: Any, reading: ocr.Reading, source: SourcePage, image: Image.Image
) -> None:
    """Each OCR word in render mode 3 (neither filled nor stroked) over its box, sized
    so its width matches the word's."""
    pymupdf = load_pymupdf()
    across, down = source.width / image.width, source.height / image.height
    shape = page.new_shape()
    for word in reading.words:
        left, bottom = word.box.left * across, word.box.bottom * down
        height = word.box.height * down
        natural = pymupdf.get_text_length(word.text, fontname=TEXT_FONT, fontsize=1)
        size = min(height * 1.5, word.box.width * across / natural) if natural else height
        if size <= 0:
            continue
        descent = 0.2 * height
        shape.insert_text(
            (left, bottom - descent), word.text, fontsize=size, fontname=TEXT_FONT, render_mode=3
        )
    shape.commit()


def _bare_catalog(document: Any) -> None:
    """Only /Type and /Pages: MuPDF 1.28 puts an information dictionary (its Producer)
    into a new document's catalog."""
    catalog = document.pdf_catalog()
    kind, pages = document.xref_get_key(catalog, "Pages")
    if kind != "xref":
        raise RuntimeError("a new document without a page tree")
    document.update_object(catalog, f"<</Type/Catalog/Pages {pages}>>")
