"""How sure OCR was of each word on the pages it read: kept in the vault for the review.

Intake stores a scanned page's (or a picture's) text as the words OCR read, and with it
how sure OCR was of each and where it is (`intake_items`, from the child's
`PageReading`s): one vault item per page read by OCR (kind ``page-reading``; offsets,
numbers and boxes, never a word), sealed under the document's key like its text, in
the same change that stores the document. The review marks words read with low
confidence, says in the "why" panel that a span came from OCR and how sure it was, and
previews its place.

A document taken in before intake kept them (or whose child had too many words to send
them) has only the text: at scan, `keep` has the release child read those pages again
(same rendering, same engine: the same words at the same offsets) and keeps each word
that lines up with the stored text, once per document.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from vault import Item, Session
from workstation.intake.outcome import PageReading
from workstation.release.rendering import PAGE_BREAK
from workstation.release.review_child import PageWords, page_words_in_child
from workstation.release.sandbox import PdfNotMade

KIND = "page-reading"
ACTION = "document.page-readings"
KEPT_AT_INTAKE = "ocr_words_kept"
"""Set in a document's sealed metadata when intake kept its pages' readings (even none:
a PDF whose every page has a text layer), so scanning does not read them again."""
LOW_CONFIDENCE = 60.0
"""Below this (Tesseract's 0 to 100) a word is marked for the editor to check; the same
line `pixels.layers` draws between OCR noise and a reading it trusts."""
READ_KINDS = ("pdf", "image")

Box4 = tuple[float, float, float, float]


@dataclass(frozen=True)
class ShownWord:
    """A word OCR read on a page: offsets into the document's text, page (0-based),
    confidence (0 to 100) and box in points of the page as shown."""

    start: int
    end: int
    page: int
    confidence: float
    box: Box4

    @property
    def low(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class PageReadings:
    """The words of every page read by OCR, in text order, and each such page's size."""

    words: tuple[ShownWord, ...] = ()
    sizes: dict[int, tuple[float, float]] = field(default_factory=dict)

    @property
    def pages(self) -> list[int]:
        """The pages (0-based) whose text was read by OCR."""
        return sorted(self.sizes)

    def low_confidence(self) -> list[ShownWord]:
        return [word for word in self.words if word.low]

    def words_in(self, start: int, end: int) -> list[ShownWord]:
        """The OCR words overlapping the text between `start` and `end`."""
        first = bisect.bisect_right([w.end for w in self.words], start)
        found = []
        for word in self.words[first:]:
            if word.start >= end:
                break
            found.append(word)
        return found


def stored(session: Session, document_id: str) -> PageReadings:
    """What the vault holds for the document (nothing for a text-layer-only document)."""
    words: list[ShownWord] = []
    sizes: dict[int, tuple[float, float]] = {}
    for item in session.items(document_id, KIND):
        record = json.loads(item.data)
        page = int(record["page"])
        sizes[page] = (float(record["size"][0]), float(record["size"][1]))
        words += [
            ShownWord(start, end, page, confidence, (left, top, right, bottom))
            for start, end, confidence, left, top, right, bottom in record["words"]
        ]
    return PageReadings(tuple(sorted(words, key=lambda w: w.start)), sizes)


def keep(session: Session, document_id: str) -> int:
    """Read the OCR'd pages' confidences once and keep them, for a document whose intake
    did not keep them (taken in before it did); the number of pages kept here.

    Quiet when the child fails (a damaged file was reviewable as text all the same):
    the review then shows the text unmarked, as before."""
    document = session.document(document_id)
    if document.kind not in READ_KINDS or document.meta.get(KEPT_AT_INTAKE):
        return 0
    if session.item_counts(document_id, KIND):
        return 0
    text = session.read_text(document_id)
    if not text:
        return 0
    original = b"".join(session.read_original(document_id))
    try:
        read = page_words_in_child(original, picture=document.kind == "image")
    except PdfNotMade:
        return 0
    items = _items(text, read)
    if items:
        details: dict[str, str | int | bool | None] = {
            "pages": len(items),
            "words": sum(_count(item) for item in items),
        }
        session.replace_items(document_id, KIND, items, ACTION, details)
    return len(items)


def intake_items(text: str, readings: Iterable[PageReading]) -> list[Item]:
    """The items of the pages intake read by OCR (each word's offsets, confidence and
    box, sent by the confined child as numbers only): one per page whose every word
    lands on a word of the stored text (no white space in it), so a child's numbers
    that do not fit the text are left out rather than marked at the wrong place."""
    listed = list(readings)
    sent = Counter(reading.page for reading in listed)
    once = [reading for reading in listed if sent[reading.page] == 1]  # twice: neither
    sizes = {reading.page - 1: reading.size for reading in once}
    words: list[Placed] = [
        (reading.page - 1, start, end, confidence, (left, top, right, bottom), None)
        for reading in once
        for start, end, confidence, left, top, right, bottom in reading.words
    ]
    return _lined_up(text, sizes, words)


def _items(text: str, read: PageWords) -> list[Item]:
    """One item per page whose every OCR word lines up with the stored text (a page
    that does not is left out rather than marked at the wrong words)."""
    sizes = dict(enumerate(read.sizes))
    words = [(w.page, w.start, w.end, w.confidence, w.box, w.text) for w in read.words]
    return _lined_up(text, sizes, words)


Placed = tuple[int, int, int, float, Box4, str | None]
"""A word's page (0-based), start and end in that page's text, confidence, box, and its
text when the child sent it (None: it must be a run without white space)."""


def _lined_up(
    text: str, sizes: Mapping[int, tuple[float, float]], words: Iterable[Placed]
) -> list[Item]:
    """The items of the pages (with a size) whose every word sits where it says in the
    stored text; a page with one that does not is left out whole, since its offsets
    cannot be trusted to mark the words an editor sees."""
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == PAGE_BREAK]
    by_page: dict[int, list[list[float]]] = {}
    broken: set[int] = set()
    for page, start_in_page, end_in_page, confidence, box, expected in words:
        if page >= len(starts):
            broken.add(page)
            continue
        start, end = starts[page] + start_in_page, starts[page] + end_in_page
        fits = text[start:end] == expected if expected is not None else _word_at(text, start, end)
        if not fits:
            broken.add(page)
            continue
        by_page.setdefault(page, []).append([start, end, confidence, *box])
    return [
        Item(
            f"page-{page:05d}",
            "read",
            json.dumps({"page": page, "size": list(sizes[page]), "words": words}).encode(),
        )
        for page, words in sorted(by_page.items())
        if page not in broken and page in sizes
    ]


def _word_at(text: str, start: int, end: int) -> bool:
    """A whole word of `text` runs from `start` to `end`: no white space in it, white
    space or the text's edge either side (OCR words are joined by spaces and breaks)."""
    if not 0 <= start < end <= len(text):
        return False
    if any(char.isspace() for char in text[start:end]):
        return False
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def _count(item: Item) -> int:
    return len(json.loads(item.data)["words"])
