"""What the parent asks of the release child, sent as one line of JSON.

Light on purpose: the parent builds jobs without importing the PDF engine (PyMuPDF,
numpy, Pillow), which only the confined child loads.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass, field
from typing import Any


@dataclass(frozen=True)
class PageSpan:
    """A span to remove, in page-relative offsets of the page's extracted text."""

    page: int
    start: int
    end: int
    text: str
    label: str
    span_id: str = ""
    """The proposal id (or copy marking) a refusal names: never the text."""


@dataclass(frozen=True)
class RedactJob:
    """Redact the input PDF: remove every span, scrub, rewrite; optionally flatten."""

    spans: list[PageSpan] = field(default_factory=list)
    rasterize: bool = False
    fill_labels: bool = False
    strip_hidden: bool = False
    """Also remove text a reader does not see (hidden content editors accepted)."""
    clean_tracking_dots: bool = False
    """Whiten the paper areas of images with yellow specks (printer dots)."""


@dataclass(frozen=True)
class TypesetJob:
    """Typeset the input (UTF-8 text) as a new PDF."""


@dataclass(frozen=True)
class RebuildJob:
    """Rebuild the input PDF from its rendered pages, every span's characters painted
    black in the pixels; optionally an invisible OCR text layer of the painted pages."""

    spans: list[PageSpan] = field(default_factory=list)
    text_layer: bool = False
    clean_tracking_dots: bool = False
    languages: tuple[str, ...] = ("eng",)
    picture: bool = False
    """The input is a picture file: its frames become the pages (`pixels.picture_pdf`)."""
    fill_labels: bool = False
    """Draw each span's label ("[PERSON 2]") inside its black box."""
    blackouts: list[PageBox] = field(default_factory=list)
    """Places editors chose to black out (page and picture findings), painted like spans."""


@dataclass(frozen=True)
class PageBox:
    """A box to paint black: `page` 0-based, the rest in PDF points of the page as shown."""

    page: int
    left: float
    top: float
    right: float
    bottom: float


@dataclass(frozen=True)
class PixelCheckJob:
    """Render the input PDF with PDFium, OCR it, and say which terms are legible where."""

    terms: list[str] = field(default_factory=list)
    languages: tuple[str, ...] = ("eng",)


@dataclass(frozen=True)
class PageWordsJob:
    """Read the pages without a text layer by OCR again, as intake did, and say where
    each word is and how sure OCR was (`release.page_words`)."""

    picture: bool = False


@dataclass(frozen=True)
class PreviewJob:
    """Render a region of one page (0-based) for the review's preview: around `box`
    (points of the page as shown), or around `span`'s characters when `box` is empty."""

    page: int
    box: tuple[float, ...] = ()
    span: PageSpan | None = None
    picture: bool = False
    max_width: int = 900
    """The picture's width in pixels at most (a terminal shows far fewer)."""


Job = RedactJob | TypesetJob | RebuildJob | PixelCheckJob | PageWordsJob | PreviewJob


def encode(job: Job) -> bytes:
    """The job as one ASCII line, read by the child after its limits line."""
    if isinstance(job, TypesetJob):
        message: dict[str, Any] = {"mode": "typeset"}
    elif isinstance(job, RebuildJob):
        message = {
            "mode": "rebuild",
            "text_layer": job.text_layer,
            "clean_tracking_dots": job.clean_tracking_dots,
            "languages": list(job.languages),
            "picture": job.picture,
            "fill_labels": job.fill_labels,
            "spans": [list(astuple(span)) for span in job.spans],
            "blackouts": [list(astuple(box)) for box in job.blackouts],
        }
    elif isinstance(job, PixelCheckJob):
        message = {"mode": "pixel_check", "terms": job.terms, "languages": list(job.languages)}
    elif isinstance(job, PageWordsJob):
        message = {"mode": "page_words", "picture": job.picture}
    elif isinstance(job, PreviewJob):
        message = {
            "mode": "preview",
            "page": job.page,
            "box": list(job.box),
            "span": None if job.span is None else list(astuple(job.span)),
            "picture": job.picture,
            "max_width": job.max_width,
        }
    else:
        message = {
            "mode": "redact",
            "rasterize": job.rasterize,
            "fill_labels": job.fill_labels,
            "strip_hidden": job.strip_hidden,
            "clean_tracking_dots": job.clean_tracking_dots,
            "spans": [list(astuple(span)) for span in job.spans],
        }
    return json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n"


def decode(line: bytes) -> Job:
    """The job the parent sent (the child trusts its parent, not the document)."""
    message: dict[str, Any] = json.loads(line)
    if message["mode"] == "typeset":
        return TypesetJob()
    if message["mode"] == "rebuild":
        return RebuildJob(
            [PageSpan(*span) for span in message["spans"]],
            bool(message["text_layer"]),
            bool(message["clean_tracking_dots"]),
            tuple(str(language) for language in message["languages"]),
            bool(message.get("picture", False)),
            bool(message.get("fill_labels", False)),
            [PageBox(int(b[0]), *(float(v) for v in b[1:5])) for b in message.get("blackouts", [])],
        )
    if message["mode"] == "pixel_check":
        return PixelCheckJob(
            [str(term) for term in message["terms"]],
            tuple(str(language) for language in message["languages"]),
        )
    if message["mode"] == "page_words":
        return PageWordsJob(bool(message["picture"]))
    if message["mode"] == "preview":
        span = message["span"]
        return PreviewJob(
            int(message["page"]),
            tuple(float(value) for value in message["box"]),
            None if span is None else PageSpan(*span),
            bool(message["picture"]),
            int(message["max_width"]),
        )
    return RedactJob(
        [PageSpan(*span) for span in message["spans"]],
        bool(message["rasterize"]),
        bool(message["fill_labels"]),
        bool(message.get("strip_hidden", False)),
        bool(message.get("clean_tracking_dots", False)),
    )
