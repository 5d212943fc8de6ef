"""Places on a page an editor must look at: where the text layer and the pixels part,
and pictures that show no legible text.

Intake reads every PDF page twice — its text layer and OCR of its rendering — and
`layers.disagreements` says where the two part. Those places become *regions*, merged
along a line so one remapped sentence is one region, not eight:

- ``page-text-differs``: the layer says other words than the page shows (a remapped
  /ToUnicode, /ActualText);
- ``page-text-not-in-layer``: the page shows words the layer does not hold (text drawn
  as outlines, words in a picture);
- ``page-layer-not-shown``: the layer holds words the page does not show (white text,
  text under a picture, text too small to read).

What OCR read in the first two kinds is *shown text*: `shown_lines` gives the whole OCR
lines it sits on (a name needs its neighbours to be recognised as one), which intake
adds after the page's layer text so detection runs on what a reader sees.

A picture placed on a page in which OCR reads no legible word (a photo, a signature, a
stamp, a badge) is a ``picture-no-text`` region: it cannot be reviewed as text, so an
editor keeps it or has it blacked out. Pictures smaller than `MIN_PICTURE_POINTS` both
ways (bullets, dots) or thinner than `MIN_RULE_POINTS` (rules) are not reported: a
picture of one line of text (a name, 112 x 22 pt) is.

Boxes are in PDF points of the page as shown (top-left origin, /Rotate applied).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels import legible
from workstation.pixels.boxes import Box
from workstation.pixels.layers import MIN_CONFIDENCE, MIN_LETTERS, Disagreement, LayerWord
from workstation.pixels.ocr import Reading, Word

CODES = {
    "differs": "page-text-differs",
    "shown only": "page-text-not-in-layer",
    "text only": "page-layer-not-shown",
}
"""The region code of each kind of disagreement."""
PICTURE_CODE = "picture-no-text"
SHOWN_KINDS = ("differs", "shown only")
"""Disagreements whose OCR words are what the page shows and the layer does not say."""
MIN_PICTURE_POINTS = 24.0
"""A third of an inch: a picture smaller than this both ways is a bullet or a dot."""
MIN_RULE_POINTS = 4.0
"""Thinner than this is a rule or a border, too thin to show a word."""
MAX_REGIONS_PER_PAGE = 24
"""Beyond this many on one page, a page's regions of one code are reported as one."""
LINE_GAP = 2.0
"""Boxes on one line closer than this many line heights are one region."""


@dataclass(frozen=True)
class Region:
    """A place on page `page` (1-based) an editor decides on; `code` says what it is."""

    code: str
    page: int
    box: Box


def mismatch_regions(page_number: int, found: Sequence[Disagreement]) -> list[Region]:
    """The disagreements of one page as regions, merged along lines, by code."""
    regions: list[Region] = []
    for kind, code in CODES.items():
        boxes = merged([d.points for d in found if d.kind == kind])
        regions += [Region(code, page_number, box) for box in capped(boxes)]
    return regions


def shown_lines(reading: Reading, found: Sequence[Disagreement]) -> list[str]:
    """The OCR lines (in reading order) holding a word the layer does not say."""
    shown = [d.points for d in found if d.kind in SHOWN_KINDS]
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in reading.words:
        lines.setdefault((word.block, word.paragraph, word.line), []).append(word)
    return [
        " ".join(word.text for word in words)
        for words in lines.values()
        if any(word.points in shown for word in words)
    ]


def picture_regions(page: Any, page_number: int, reading: Reading) -> list[Region]:
    """Pictures on a PyMuPDF `page` in which OCR read no legible word."""
    legible_words = [word.points for word in reading.words if is_legible(word)]
    unread = [
        box
        for box in picture_boxes(page)
        if not any(_centre_in(word, box) for word in legible_words)
    ]
    return [Region(PICTURE_CODE, page_number, box) for box in capped(unread)]


def picture_boxes(page: Any) -> list[Box]:
    """Where each picture is drawn on the page as shown, clipped to the page, once each."""
    pymupdf = load_pymupdf()
    matrix, shown = page.rotation_matrix, page.rect
    boxes: dict[Box, None] = {}
    for info in page.get_image_info():
        rect = (pymupdf.Rect(info["bbox"]) * matrix) & shown
        box = Box(rect.x0, rect.y0, rect.x1, rect.y1)
        thinnest, widest = sorted((box.width, box.height))
        if widest >= MIN_PICTURE_POINTS and thinnest >= MIN_RULE_POINTS:
            boxes[box] = None
    return list(boxes)


def is_legible(word: Word) -> bool:
    """A word OCR is sure enough of, with letters enough to be text and not speckle."""
    return word.confidence >= MIN_CONFIDENCE and len(legible.skeleton(word.text)) >= MIN_LETTERS


def layer_is_empty(layer: Iterable[LayerWord]) -> bool:
    return not any(word.text.strip() for word in layer)


def merged(boxes: Sequence[Box]) -> list[Box]:
    """Boxes on one line (overlapping vertically) and near each other, united."""
    result: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b.left, b.top)):
        for index, other in enumerate(result):
            if _same_line(box, other):
                result[index] = _union(box, other)
                break
        else:
            result.append(box)
    return result


def capped(boxes: list[Box]) -> list[Box]:
    """At most `MAX_REGIONS_PER_PAGE` boxes; more become the one box holding them all."""
    if len(boxes) <= MAX_REGIONS_PER_PAGE:
        return boxes
    union = boxes[0]
    for box in boxes[1:]:
        union = _union(union, box)
    return [union]


def _same_line(a: Box, b: Box) -> bool:
    height = max(a.height, b.height, 1.0)
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    gap = max(a.left, b.left) - min(a.right, b.right)
    return overlap >= 0.5 * min(a.height, b.height) and gap <= LINE_GAP * height


def _union(a: Box, b: Box) -> Box:
    return Box(
        min(a.left, b.left), min(a.top, b.top), max(a.right, b.right), max(a.bottom, b.bottom)
    )


def _centre_in(word: Box, box: Box) -> bool:
    x, y = (word.left + word.right) / 2, (word.top + word.bottom) / 2
    return box.left <= x <= box.right and box.top <= y <= box.bottom
