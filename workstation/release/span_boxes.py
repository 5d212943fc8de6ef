"""Where an accepted span sits on its page: MuPDF's own boxes for the span's characters.

A span is offsets into the page text intake stored (``page.get_text()``). Its boxes are
those of the very characters at those offsets in the page's ``rawdict`` (the same
extraction, one box per character), so nothing depends on case folding, which changes
lengths (ß, İ, ﬁ) and would move every later box. Where the two extractions do not line
up, every occurrence of the span's exact text (runs of white space taken as one space,
nothing else forgiven) is used instead; a span found neither way is not guessed at:
`locate` returns None and release refuses, naming the span.

A page without a text layer was read by OCR at intake (`workstation.pixels.page_ocr`);
here the same rendering is read again by the same engine, which gives the same words,
and a span's characters take the boxes of the OCR words they belong to. The same goes
for a span in the OCR lines intake added after a page's layer text (words the page
shows that its layer does not say: remapped fonts, outlines, pictures of text).

Runs only in the confined release child: it reads the hostile original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels.boxes import Box
from workstation.release.jobs import PageSpan

if TYPE_CHECKING:
    from workstation.pixels.ocr import Reading

_SPACE = re.compile(r"\s+")


class SpanNotLocated(Exception):
    """A span's characters are not on its page; `span_id` and `page` (0-based) say which."""

    def __init__(self, span_id: str, page: int) -> None:
        super().__init__(f"span {span_id} not located on page {page + 1}")
        self.span_id = span_id
        self.page = page


def characters(page: Any) -> tuple[str, list[Box | None]]:
    """The page text as ``get_text()`` gives it, with each character's box in the page's
    unrotated space (None for the line ends MuPDF adds)."""
    pymupdf = load_pymupdf()
    raw = page.get_text("rawdict", flags=pymupdf.TEXTFLAGS_TEXT)
    chars: list[str] = []
    boxes: list[Box | None] = []
    for block in raw["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                for char in span["chars"]:
                    chars.append(char["c"])
                    boxes.append(Box(*char["bbox"]))
            chars.append("\n")
            boxes.append(None)
    return "".join(chars), boxes


def locate(text: str, boxes: list[Box | None], span: PageSpan) -> list[Box] | None:
    """One box per line the span's characters are on, or None when the span is not there."""
    if span.end <= len(text) and text[span.start : span.end] == span.text:
        return line_boxes(boxes[span.start : span.end])
    squeezed, origins = squeezed_positions(text)
    wanted = " ".join(span.text.split())
    found: list[Box] = []
    start = squeezed.find(wanted) if wanted else -1
    while start >= 0:
        first, last = origins[start], origins[start + len(wanted) - 1]
        found += line_boxes(boxes[first : last + 1])
        start = squeezed.find(wanted, start + 1)
    return found or None


def line_boxes(boxes: list[Box | None]) -> list[Box]:
    """The union of the characters' boxes on each line (a line end starts a new one)."""
    lines: list[list[Box]] = [[]]
    for box in boxes:
        if box is None:
            lines.append([])
        else:
            lines[-1].append(box)
    united = [
        Box(
            min(b.left for b in line),
            min(b.top for b in line),
            max(b.right for b in line),
            max(b.bottom for b in line),
        )
        for line in lines
        if line
    ]
    return [box for box in united if box.width > 0 and box.height > 0]


def ocr_characters(reading: Reading) -> tuple[str, list[Box | None]]:
    """`reading.text`, with each character given its word's box in points of the page as
    shown (None for the spaces and line breaks between words)."""
    text = reading.text
    boxes: list[Box | None] = []
    words = iter(reading.words)
    word, used = None, 0
    for char in text:
        if char in " \n" and (word is None or used == len(word.text)):
            boxes.append(None)
            word = None
            continue
        if word is None:
            word, used = next(words), 0
        boxes.append(word.points)
        used += 1
    return text, boxes


def page_boxes(page: Any, spans: list[PageSpan], languages: Sequence[str] = ("eng",)) -> list[Box]:
    """Every box of `spans` on `page`, in points of the page as shown (rotation applied).
    Raises `SpanNotLocated` for the first span found neither in the layer nor by OCR."""
    return [box for boxes in span_boxes(page, spans, languages) for box in boxes]


def span_boxes(
    page: Any, spans: list[PageSpan], languages: Sequence[str] = ("eng",)
) -> list[list[Box]]:
    """The boxes of each of `spans` on `page`, one list per span in their order, in points
    of the page as shown. A span not in the text layer is looked for in what OCR reads on
    the page (intake added the words a page shows but its layer does not say). Raises
    `SpanNotLocated` for the first span found neither way."""
    if not spans:
        return []
    if not page.get_text().strip():
        return _ocr_span_boxes(page, spans, languages)
    pymupdf = load_pymupdf()
    text, boxes = characters(page)
    matrix = page.rotation_matrix
    shown: list[list[Box] | None] = []
    unseen: list[PageSpan] = []
    for span in spans:
        located = locate(text, boxes, span)
        if located is None:
            unseen.append(span)
            shown.append(None)
            continue
        rects = [pymupdf.Rect(b.left, b.top, b.right, b.bottom) * matrix for b in located]
        shown.append([Box(rect.x0, rect.y0, rect.x1, rect.y1) for rect in rects])
    found = iter(_ocr_span_boxes(page, unseen, languages) if unseen else [])
    return [boxes_of if boxes_of is not None else next(found) for boxes_of in shown]


def _ocr_span_boxes(
    page: Any, spans: list[PageSpan], languages: Sequence[str]
) -> list[list[Box]]:
    """The boxes of `spans` in the words OCR reads on the page (as intake read them)."""
    from workstation.pixels.page_ocr import page_reading  # noqa: PLC0415 - slow import

    text, boxes = ocr_characters(page_reading(page, languages))
    shown: list[list[Box]] = []
    for span in spans:
        located = locate(text, boxes, span)
        if located is None:
            raise SpanNotLocated(span.span_id, span.page)
        shown.append(located)
    return shown


def squeezed_positions(text: str) -> tuple[str, list[int]]:
    """`text` with each run of white space as one space, and where each character came from."""
    pieces: list[str] = []
    origins: list[int] = []
    cursor = 0
    for match in _SPACE.finditer(text):
        pieces.append(text[cursor : match.start()])
        origins.extend(range(cursor, match.start()))
        pieces.append(" ")
        origins.append(match.start())
        cursor = match.end()
    pieces.append(text[cursor:])
    origins.extend(range(cursor, len(text)))
    return "".join(pieces), origins
