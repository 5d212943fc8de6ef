"""A picture file as a PDF of its frames, one page per frame, each pixel one dot at
`READING_DPI`: what intake reads by OCR and release rebuilds, the same way as a scan.

Frames come from `render.pictures`, so the decompression-bomb and frame caps apply and
only scanner and camera formats are opened. Each frame is stored again as PNG: none of
the original file's metadata (EXIF, XMP, ICC comments) reaches the PDF.
"""

from __future__ import annotations

import io

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels.boxes import POINTS_PER_INCH
from workstation.pixels.render import READING_DPI, pictures


def picture_pdf(data: bytes) -> bytes:
    """The picture file in `data` as a PDF without text. Raises `PictureRefused`."""
    pymupdf = load_pymupdf()
    scale = POINTS_PER_INCH / READING_DPI
    with pymupdf.open() as document:
        for frame in pictures(data):
            page = document.new_page(width=frame.width * scale, height=frame.height * scale)
            encoded = io.BytesIO()
            frame.save(encoded, "PNG")
            page.insert_image(page.rect, stream=encoded.getvalue())
        return bytes(document.tobytes(garbage=3, deflate=True))
