"""A DOCX's pictures read as pixels: the words in them reviewed as text, the rest decided.

Every picture part of the document (PNG, JPEG, GIF, BMP, TIFF, WebP under /word/; each
counted once, however often it is placed) is decoded under the pixel caps of `workstation.pixels`
and read by OCR in the limits' languages. A picture with legible words adds them after
the document's text, headed "[picture N]", so detection and review see them; a picture
without (a photo, a signature, a stamp), or one that cannot be decoded, is a region
``docx-picture-no-text`` an editor decides on. Pictures under `MIN_PIXELS` on a side
are icons and bullets and are skipped; past `MAX_PICTURES` pictures are not read but
still reported, so a document cannot buy its way past the review with many pictures.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from workstation.intake.outcome import PageRegion

PICTURE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/webp"}
)
CODE = "docx-picture-no-text"
MIN_PIXELS = 48
MAX_PICTURES = 24
"""Pictures read by OCR in one document: each costs up to a second or two."""


def picture_parts(package: Any) -> Iterator[bytes]:
    """The bytes of each picture part of the document's content, in package order (the
    package's own thumbnail, /docProps/thumbnail.*, is not content: it is never
    released, and the fingerprint pass's business)."""
    for part in package.iter_parts():
        if part.content_type in PICTURE_TYPES and str(part.partname).startswith("/word/"):
            yield part.blob


def read_pictures(package: Any, languages: Sequence[str]) -> tuple[list[str], list[PageRegion]]:
    """Text blocks of pictures with legible words, and regions for the others."""
    from workstation.pixels import ocr  # noqa: PLC0415 - slow import, only with pictures
    from workstation.pixels.errors import PictureRefused  # noqa: PLC0415
    from workstation.pixels.page_regions import is_legible  # noqa: PLC0415
    from workstation.pixels.render import READING_DPI, pictures  # noqa: PLC0415

    blocks: list[str] = []
    regions: list[PageRegion] = []
    for number, blob in enumerate(picture_parts(package), start=1):
        try:
            frame = next(pictures(blob), None) if number <= MAX_PICTURES else None
        except PictureRefused:
            frame = None
        if frame is not None and min(frame.size) < MIN_PIXELS:
            continue
        reading = ocr.read(frame, READING_DPI, languages) if frame is not None else None
        if reading is not None and any(is_legible(word) for word in reading.words):
            blocks.append(f"[picture {number}]\n{reading.text}")
        else:
            regions.append(PageRegion(CODE, 0, (), number))
    return blocks, regions
