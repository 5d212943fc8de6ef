"""How sure OCR was of each word on the pages it read: kept in the vault for the review.

Intake stores a scanned page's (or a picture's) text as the words OCR read, but not how
sure OCR was of each nor where it is. Here the release child reads those pages again
(same rendering, same engine: the same words at the same offsets) and each word that
lines up with the stored text is kept with its confidence and box, sealed like the
text: one vault item per page read by OCR (kind ``page-reading``; offsets, numbers and
boxes, never a word). The review marks words read with low confidence, says in the
"why" panel that a span came from OCR and how sure it was, and previews its place.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field

from vault import Item, Session
from workstation.release.rendering import PAGE_BREAK
from workstation.release.review_child import PageWords, page_words_in_child
from workstation.release.sandbox import PdfNotMade

KIND = "page-reading"
ACTION = "document.page-readings"
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
    """Read the OCR'd pages' confidences once and keep them; the number of pages kept.

    Quiet when the child fails (a damaged file was reviewable as text all the same):
    the review then shows the text unmarked, as before."""
    document = session.document(document_id)
    if document.kind not in READ_KINDS or session.item_counts(document_id, KIND):
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


def _items(text: str, read: PageWords) -> list[Item]:
    """One item per page whose every OCR word lines up with the stored text (a page
    that does not is left out rather than marked at the wrong words)."""
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == PAGE_BREAK]
    by_page: dict[int, list[list[float]]] = {}
    broken: set[int] = set()
    for word in read.words:
        if word.page >= len(starts):
            broken.add(word.page)
            continue
        start, end = starts[word.page] + word.start, starts[word.page] + word.end
        if text[start:end] != word.text:
            broken.add(word.page)
            continue
        by_page.setdefault(word.page, []).append([start, end, word.confidence, *word.box])
    return [
        Item(
            f"page-{page:05d}",
            "read",
            json.dumps({"page": page, "size": list(read.sizes[page]), "words": words}).encode(),
        )
        for page, words in sorted(by_page.items())
        if page not in broken and page < len(read.sizes)
    ]


def _count(item: Item) -> int:
    return len(json.loads(item.data)["words"])
