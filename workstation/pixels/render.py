"""Pixels a reader sees: PDF pages rendered at a fixed resolution, picture files decoded.

Both are bounded before any pixel is decoded: a page or a picture larger than
`MAX_PIXELS` (or a file with more than `MAX_FRAMES` frames) is refused as not
reviewable instead of exhausting memory. Picture files are opened only in formats a
scanner or camera writes (Pillow would otherwise also try EPS, which runs Ghostscript);
the EXIF orientation is applied, so a photo is read upright as a viewer shows it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels.boxes import POINTS_PER_INCH, Box
from workstation.pixels.errors import PictureRefused

READING_DPI = 300
"""The resolution every page is read at: Tesseract's own recommendation for body text."""
MAX_PIXELS = 80_000_000
"""Per page or frame; the fingerprint inspector's image ceiling (an A4 scan at 600 dpi
has 35 million)."""
MAX_FRAMES = 500
PICTURE_FORMATS = ("PNG", "JPEG", "TIFF", "GIF", "BMP", "WEBP")
_DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, MemoryError)


def page_size(page: Any, dpi: float) -> tuple[int, int]:
    """Pixel width and height of a PyMuPDF `page` rendered at `dpi` (rotation applied)."""
    rect = page.rect
    scale = dpi / POINTS_PER_INCH
    return math.ceil(rect.width * scale), math.ceil(rect.height * scale)


def render_page(
    page: Any, dpi: float = READING_DPI, *, colour: bool = False, max_pixels: int = MAX_PIXELS
) -> Image.Image:
    """A PyMuPDF `page` as a reader sees it (annotations included), grey or RGB."""
    width, height = page_size(page, dpi)
    if width * height > max_pixels:
        raise PictureRefused("page_too_large")
    pymupdf = load_pymupdf()
    space = pymupdf.csRGB if colour else pymupdf.csGRAY
    try:
        pixmap = page.get_pixmap(dpi=dpi, colorspace=space, alpha=False, annots=True)
    except RuntimeError as failure:
        raise PictureRefused("page_unrenderable") from failure
    mode = "RGB" if colour else "L"
    return Image.frombuffer(
        mode, (pixmap.width, pixmap.height), pixmap.samples, "raw", mode, pixmap.stride, 1
    ).copy()


def render_region(page: Any, region: Box, dpi: float) -> Image.Image:
    """The part `region` (points of the page as shown) of a PyMuPDF `page`, in colour,
    as a reader sees it: for the review's preview of a place on a page."""
    width, height = (
        math.ceil(region.width * dpi / POINTS_PER_INCH),
        math.ceil(region.height * dpi / POINTS_PER_INCH),
    )
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        raise PictureRefused("page_too_large")
    pymupdf = load_pymupdf()
    clip = pymupdf.Rect(region.left, region.top, region.right, region.bottom)
    clip = clip * page.derotation_matrix  # the page's own, unrotated space
    try:
        pixmap = page.get_pixmap(
            dpi=dpi, clip=clip, colorspace=pymupdf.csRGB, alpha=False, annots=True
        )
    except RuntimeError as failure:
        raise PictureRefused("page_unrenderable") from failure
    return Image.frombuffer(
        "RGB", (pixmap.width, pixmap.height), pixmap.samples, "raw", "RGB", pixmap.stride, 1
    ).copy()


def render_pdf(
    data: bytes, dpi: float = READING_DPI, *, colour: bool = False, max_pixels: int = MAX_PIXELS
) -> Iterator[Image.Image]:
    """Every page of the PDF in `data`, one rendering at a time."""
    pymupdf = load_pymupdf()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        for page in document:
            yield render_page(page, dpi, colour=colour, max_pixels=max_pixels)


def pictures(
    data: bytes, *, max_pixels: int = MAX_PIXELS, max_frames: int = MAX_FRAMES
) -> Iterator[Image.Image]:
    """Each frame of a picture file (a multi-page TIFF has several), upright, in "L" or
    "RGB" mode, decoded one at a time. Raises `PictureRefused`."""
    try:
        with Image.open(io.BytesIO(data), formats=PICTURE_FORMATS) as picture:
            frames = int(getattr(picture, "n_frames", 1))
            if frames > max_frames:
                raise PictureRefused("picture_too_many_frames")
            for index in range(frames):
                picture.seek(index)
                if picture.width * picture.height > max_pixels:
                    raise PictureRefused("picture_too_large")
                upright = ImageOps.exif_transpose(picture)  # a copy, EXIF orientation applied
                yield _plain(upright if upright is not None else picture.copy())
    except UnidentifiedImageError as failure:
        raise PictureRefused("picture_format") from failure
    except Image.DecompressionBombError as failure:
        raise PictureRefused("picture_too_large") from failure
    except _DECODE_ERRORS as failure:
        raise PictureRefused("picture_unreadable") from failure


def _plain(image: Image.Image) -> Image.Image:
    """Grey or RGB pixels, transparency flattened onto white as a viewer shows it."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("1",):
        return image.convert("L")
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return image.convert("I").point(lambda value: value / 256).convert("L")
    if "A" in image.mode or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")
