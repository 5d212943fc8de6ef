"""The two readings of a page side by side: its text layer and what OCR sees.

A PDF can show one thing and say another — a font's /ToUnicode map or /ActualText
makes "Radomir Vesk" extract as "Enqbzve Irfx", a name drawn as outlines or as a
picture has no text at all — so intake keeps both readings and reports where they
part. Words are paired by position (boxes in PDF points, the page as shown):

- **differs**: OCR read a word where the text layer has words whose joined skeleton
  (`legible.skeleton`) is further from it than OCR noise explains (the edit budget
  of `legible.allowed_edits`, plus one);
- **shown only**: OCR read a word where the text layer has nothing;
- **text only**: the text layer has a word where OCR read nothing (hidden or tiny
  text; also what OCR missed, so it is reported apart).

OCR words below `MIN_CONFIDENCE`, or with fewer than `MIN_LETTERS` skeleton letters,
say too little to tell a disagreement from a misreading and are not compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workstation.confined.mupdf import load_pymupdf
from workstation.pixels import legible
from workstation.pixels.boxes import Box
from workstation.pixels.ocr import Word

MIN_CONFIDENCE = 60.0
MIN_LETTERS = 3
MIN_OVERLAP = 0.3
"""Share of the smaller box two words must cover of each other to be one place."""


@dataclass(frozen=True)
class LayerWord:
    """A word of the text layer and its box in points (the page as shown)."""

    text: str
    points: Box


@dataclass(frozen=True)
class Disagreement:
    """Where the readings part: `kind` is "differs", "shown only" or "text only"."""

    kind: str
    points: Box


def text_layer_words(page: Any) -> list[LayerWord]:
    """A PyMuPDF page's words, boxes turned the way the page is shown (its /Rotate)."""
    pymupdf = load_pymupdf()
    matrix = page.rotation_matrix
    words = []
    for x0, y0, x1, y1, text, *_ in page.get_text("words"):
        rect = pymupdf.Rect(x0, y0, x1, y1) * matrix
        words.append(LayerWord(text, Box(rect.x0, rect.y0, rect.x1, rect.y1)))
    return words


def disagreements(layer: Sequence[LayerWord], shown: Sequence[Word]) -> list[Disagreement]:
    """Every place the text layer and the OCR reading of one page disagree."""
    found: list[Disagreement] = []
    matched: set[int] = set()
    for word in shown:
        under = [
            index for index, other in enumerate(layer) if _same_place(word.points, other.points)
        ]
        matched.update(under)
        seen = legible.skeleton(word.text)
        if word.confidence < MIN_CONFIDENCE or len(seen) < MIN_LETTERS:
            continue
        if not under:
            found.append(Disagreement("shown only", word.points))
            continue
        said = legible.skeleton(" ".join(layer[index].text for index in under))
        budget = legible.allowed_edits(len(seen)) + 1
        if seen not in said and not legible.within(seen, said, budget):
            found.append(Disagreement("differs", word.points))
    for index, other in enumerate(layer):
        if index not in matched and len(legible.skeleton(other.text)) >= MIN_LETTERS:
            found.append(Disagreement("text only", other.points))
    return found


def _same_place(a: Box, b: Box) -> bool:
    width = min(a.right, b.right) - max(a.left, b.left)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    if width <= 0 or height <= 0:
        return False
    smaller = min(a.width * a.height, b.width * b.height)
    return smaller > 0 and width * height >= MIN_OVERLAP * smaller
