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


@dataclass(frozen=True)
class Parsed:
    """Text extracted by a parser, with counts, an optional warning code, and the
    regions of its pages and pictures an editor must decide on."""

    text: str
    details: dict[str, int] = field(default_factory=dict)
    warning: str = ""
    regions: tuple[PageRegion, ...] = ()


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
