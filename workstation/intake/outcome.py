"""What a format parser hands back inside the child: text, or a reason code.

Parsers never describe a failure in words: they raise `Refused` with a code from
`notes`, so nothing derived from the document can travel back in an error message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PageRegion:
    """A place an editor must decide on: where a page's text layer and its pixels part,
    or a picture without legible text (codes in `workstation.pixels.page_regions`).

    `page` counts from 1 (0: the document has no pages, e.g. a DOCX picture); `box` is
    (x0, y0, x1, y1) in PDF points of the page as shown, top-left origin, or () when
    there is no page; `picture` numbers a DOCX's pictures from 1 (0 otherwise).
    """

    code: str
    page: int
    box: tuple[float, ...] = ()
    picture: int = 0


MAX_READING_WORDS = 100_000
"""OCR words one child sends with their places (about 6,000 a page of a full slice);
past it the child sends none, and scanning reads the pages again as before."""
WordPlace = tuple[int, int, float, float, float, float, float]
"""An OCR word: start and end in its page's text, confidence (0 to 100), and box (left,
top, right, bottom) in PDF points of the page as shown. Numbers only, never the word."""


@dataclass(frozen=True)
class PageReading:
    """How sure OCR was of each word of a page whose text it read (a page without a text
    layer, or a picture's frame), so scanning need not read the page again for the
    review. `page` counts from 1; `size` is the page's (width, height) in points."""

    page: int
    size: tuple[float, float]
    words: tuple[WordPlace, ...]


@dataclass(frozen=True)
class Parsed:
    """Text extracted by a parser, with counts, an optional warning code, the regions of
    its pages and pictures an editor must decide on, and the OCR readings of the pages
    whose text OCR read (None when they were too many words to send: the review's
    confidences are then read again at scan, as for a document taken in before)."""

    text: str
    details: dict[str, int] = field(default_factory=dict)
    warning: str = ""
    regions: tuple[PageRegion, ...] = ()
    readings: tuple[PageReading, ...] | None = ()


@dataclass(frozen=True)
class Inspected:
    """What an inspection of an original file found (fingerprint findings)."""

    findings: list[Any]


class Refused(Exception):
    """The document cannot be turned into text, for the reason named by `code`."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def is_out_of_memory(exc: BaseException) -> bool:
    """True for Python's MemoryError and MuPDF's own out-of-memory error."""
    return isinstance(exc, MemoryError) or type(exc).__name__ == "FzErrorMemory"
