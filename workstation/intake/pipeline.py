"""From received bytes to an `Extraction`: the checks that need no parser, then the child."""

from __future__ import annotations

from dataclasses import replace

from workstation.confined.limits import ChildLimits
from workstation.intake.kinds import (
    ARCHIVE_KINDS,
    PDF_MAGIC_WINDOW,
    claims_docx,
    detect_kind,
    has_pdf_header,
)
from workstation.intake.notes import refusal_note, too_large_note, warning_note
from workstation.intake.outcome import PageReading, PageRegion, Parsed, Refused
from workstation.intake.pdf_text import PAGE_SEPARATOR
from workstation.intake.result import Extraction
from workstation.intake.sandbox import run_child

DEFAULT_LIMITS = ChildLimits()
PAGED_KINDS = frozenset({"pdf", "image"})
"""Kinds read page by page (rendered and read by OCR), by as many children as it takes."""


def extract(data: bytes, name: str, limits: ChildLimits = DEFAULT_LIMITS) -> Extraction:
    """Extract the text of one received document, parsing it only in a confined child.

    `name` is used only to choose the parser; it never appears in the result.
    """
    kind = detect_kind(name, data[:PDF_MAGIC_WINDOW])
    if kind == "other":
        return _refused(kind, "not_docx" if claims_docx(name) else "other", limits)
    if kind in ARCHIVE_KINDS:
        return _refused(kind, "archive", limits)
    if len(data) > limits.max_input_bytes:
        return Extraction(kind, False, None, too_large_note(len(data)))
    if kind == "pdf" and not has_pdf_header(data):
        return _refused(kind, "pdf_no_header", limits)
    outcome = (
        run_paged(kind, data, limits) if kind in PAGED_KINDS else run_child(kind, data, limits)
    )
    if isinstance(outcome, Refused):
        return _refused(kind, outcome.code, limits)
    if len(outcome.text) > limits.max_text_chars:
        return _refused(kind, "text_too_large", limits)
    if kind in PAGED_KINDS and not outcome.text.strip() and not outcome.regions:
        return _refused(kind, "picture_no_text" if kind == "image" else "pdf_no_text", limits)
    return Extraction(
        kind,
        True,
        outcome.text,
        warning_note(outcome.warning),
        outcome.details,
        outcome.regions,
        outcome.readings,
    )


def run_paged(kind: str, data: bytes, limits: ChildLimits) -> Parsed | Refused:
    """A PDF or picture read slice by slice (rendering and OCR take seconds a page), one
    confined child per slice, each starting at the first page the last did not read;
    the slices joined in order.

    Every child runs under the full limits, so one slow page still ends the intake;
    each reads at least one page, so a document takes at most `max_pdf_pages` children
    (a slice is `pages_per_child` pages unless the machine is slow)."""
    texts: list[str] = []
    regions: list[PageRegion] = []
    readings: list[PageReading] | None = []
    warning, first, pages = "", 0, 1
    while first < pages:
        outcome = run_child(kind, data, replace(limits, first_page=first))
        if isinstance(outcome, Refused):
            return outcome
        pages, read = outcome.details.get("pages", 0), outcome.details.get("pages_read", 0)
        if pages > limits.max_pdf_pages or (read <= 0 and first < pages):
            return Refused("crashed")  # a child claiming what ours never say (or looping)
        texts.append(outcome.text)
        regions += outcome.regions
        readings = _joined(readings, outcome.readings, range(first + 1, first + read + 1))
        warning = warning or outcome.warning
        first += read
        if sum(len(text) + 1 for text in texts) > limits.max_text_chars:
            return Refused("text_too_large")
    joined = PAGE_SEPARATOR.join(texts)
    kept = None if readings is None else tuple(readings)  # one slice without: none kept
    return Parsed(joined, {"pages": pages}, warning, collapsed(regions), kept)


def _joined(
    kept: list[PageReading] | None, sent: tuple[PageReading, ...] | None, pages: range
) -> list[PageReading] | None:
    """The readings so far and a slice's, or None once a slice sent none (too many
    words) or one of a page it did not read (counted from 1): none are kept then."""
    if kept is None or sent is None or any(reading.page not in pages for reading in sent):
        return None
    return [*kept, *sent]


MAX_DOCUMENT_REGIONS = 2000
"""More regions than this in one document become one per page and code (their union):
each is a finding an editor decides, and a vault item."""


def collapsed(regions: list[PageRegion]) -> tuple[PageRegion, ...]:
    """`regions`, or past `MAX_DOCUMENT_REGIONS` one box per page and code holding them."""
    if len(regions) <= MAX_DOCUMENT_REGIONS:
        return tuple(regions)
    united: dict[tuple[str, int], tuple[float, ...]] = {}
    for region in regions:
        key, box = (region.code, region.page), region.box
        if len(box) != 4:
            continue  # regions of a PDF or picture always have a box
        held = united.get(key, box)
        united[key] = (
            min(held[0], box[0]),
            min(held[1], box[1]),
            max(held[2], box[2]),
            max(held[3], box[3]),
        )
    return tuple(PageRegion(code, page, box) for (code, page), box in united.items())


def _refused(kind: str, code: str, limits: ChildLimits) -> Extraction:
    return Extraction(kind, False, None, refusal_note(code, kind, limits))
