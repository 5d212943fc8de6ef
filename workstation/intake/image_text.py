"""Picture files (scans, photos, screenshots): the words OCR reads, page by frame.

The picture becomes a PDF of its frames (`workstation.pixels.picture_pdf`) whose pages
have no text layer, so the PDF path reads each by OCR; release rebuilds from that same
PDF and finds each span's words again.
"""

from __future__ import annotations

from workstation.confined.limits import ChildLimits
from workstation.intake import pdf_text
from workstation.intake.outcome import Parsed, Refused
from workstation.pixels.errors import PictureRefused
from workstation.pixels.picture_pdf import picture_pdf


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """The OCR text of every frame (of the slice the limits name), frames separated like
    PDF pages; a frame without legible words is a picture region."""
    try:
        pdf = picture_pdf(data)
    except PictureRefused as refused:
        raise Refused(refused.code) from refused
    return pdf_text.parse(pdf, limits)
