"""The release gate's reading of pixels: is any redacted term still legible?

Each page of the released PDF is rendered by PDFium (pypdfium2) — not by MuPDF, which
wrote the file, so one renderer's blind spot cannot hide what another shows — at the
reading resolution, read by OCR, and searched for every term with `legible.find`
(look-alike classes, whole words, an edit budget by length). Results name a term's
label and the page only, never the term.

Which terms to give: every accepted span's text, every deny-list term and variant,
and for spans that are names of several words, each part `legible.name_parts` keeps
(`terms_for`): a surname left legible identifies as well as the full name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pypdfium2
from PIL import Image

from workstation.pixels import legible, ocr
from workstation.pixels.boxes import POINTS_PER_INCH
from workstation.pixels.errors import PictureRefused
from workstation.pixels.render import MAX_PIXELS, READING_DPI


@dataclass(frozen=True)
class Term:
    """A string that must not be legible, and the label a refusal may show."""

    label: str
    text: str


@dataclass(frozen=True)
class Sighting:
    """A term legible on a page (1-based)."""

    label: str
    page: int

    def __str__(self) -> str:
        return f"{self.label} is legible on page {self.page}"


@dataclass(frozen=True)
class PixelReport:
    """What the pixel check read: pages and words, and every sighting."""

    pages: int
    words: int
    sightings: tuple[Sighting, ...]

    @property
    def passed(self) -> bool:
        return not self.sightings


def terms_for(label: str, text: str, *, name: bool) -> list[Term]:
    """The span's text under `label`, and for a name each searched part under
    "`label` part N" (N counts from 1, in the name's order)."""
    terms = [Term(label, text)]
    if name:
        parts = legible.name_parts(text)
        terms += [Term(f"{label} part {number}", part) for number, part in enumerate(parts, 1)]
    return terms


def rendered_pages(
    data: bytes, dpi: float = READING_DPI, *, max_pixels: int = MAX_PIXELS
) -> Iterator[Image.Image]:
    """Every page of the PDF `data` as PDFium draws it (annotations included), grey."""
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as failure:
        raise PictureRefused("pdf_unopenable") from failure
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                scale = dpi / POINTS_PER_INCH
                if width * scale * height * scale > max_pixels:
                    raise PictureRefused("page_too_large")
                bitmap = page.render(scale=scale, grayscale=True, draw_annots=True)
                yield bitmap.to_pil().convert("L")
            finally:
                page.close()
    finally:
        document.close()


def check(
    data: bytes,
    terms: Sequence[Term],
    *,
    dpi: float = READING_DPI,
    languages: Sequence[str] = ocr.DEFAULT_LANGUAGES,
    workers: int = 1,
) -> PixelReport:
    """Render, read and search every page of the PDF `data` for `terms`.

    Raises `PictureRefused` for a file PDFium cannot open or a page too large to
    render: the caller refuses the release.
    """
    texts = [term.text for term in terms]
    sightings: list[Sighting] = []
    pages = words = 0
    readings = ocr.read_all(rendered_pages(data, dpi), dpi, languages, workers=workers)
    for pages, reading in enumerate(readings, 1):
        words += len(reading.words)
        found = legible.legible_terms(texts, (word.text for word in reading.words))
        sightings += [Sighting(terms[index].label, pages) for index in found]
    return PixelReport(pages, words, tuple(sightings))
