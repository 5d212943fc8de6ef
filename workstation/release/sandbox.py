"""Run PDF redaction, rebuilding, typesetting and the pixel check in the confined release
child, and check its answer."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workstation.confined import spawn
from workstation.confined.limits import ChildLimits
from workstation.release import jobs
from workstation.release.jobs import PageSpan

CHILD_MODULE = "workstation.release.child"
RELEASE_LIMITS = ChildLimits(timeout_seconds=300.0, memory_bytes=3072 * 1024 * 1024)
"""Redaction and rasterizing take longer and more memory than extraction."""
SECONDS_PER_PAGE = 6.0
"""Rendering, painting and OCR of one dense page on a busy core: a long scan gets that
much more time, so a 200-page report is released rather than timed out."""
MAX_RELEASE_SECONDS = 4 * 3600.0
"""However many pages intake counted (it refuses more than `max_pdf_pages`)."""


def release_limits(pages: int) -> ChildLimits:
    """The release child's limits for a document of `pages` pages, as intake counted them
    (a number the parent trusts: it came from a checked intake reply, never from parsing
    the file here): the fixed time plus `SECONDS_PER_PAGE` a page, up to a ceiling."""
    seconds = RELEASE_LIMITS.timeout_seconds + SECONDS_PER_PAGE * max(0, pages)
    return replace(RELEASE_LIMITS, timeout_seconds=min(MAX_RELEASE_SECONDS, seconds))
MAX_REPLY_BYTES = RELEASE_LIMITS.memory_bytes
"""No PDF the child builds can be larger than its whole address space: a longer reply
is a subverted child flooding the pipe."""
MAX_CHECK_REPLY = 16 * 1024 * 1024
DEFAULT_LANGUAGES = ("eng",)
_UNLOCATED = re.compile(rb"NO\nunlocated (\d{1,9}) ([^\n]{1,200})\n\Z")


class PdfNotMade(Exception):
    """The child could not produce the PDF (crashed, timed out, or refused the input)."""


class SpanNotFound(PdfNotMade):
    """The child could not find a span's characters on its page (0-based `page`)."""

    def __init__(self, span_id: str, page: int) -> None:
        super().__init__("a span was not found on its page")
        self.span_id = span_id
        self.page = page


@dataclass(frozen=True)
class PixelReading:
    """What the pixel check read: pages, words, and (term index, 1-based page) sightings;
    `refused` is the code of a file or page that could not be rendered."""

    pages: int
    words: int
    sightings: tuple[tuple[int, int], ...]
    refused: str = ""


def redact_in_child(
    original: bytes,
    spans: Sequence[PageSpan],
    rasterize: bool,
    fill_labels: bool,
    strip_hidden: bool = False,
    clean_tracking_dots: bool = False,
    pages: int = 0,
) -> bytes:
    job = jobs.RedactJob(list(spans), rasterize, fill_labels, strip_hidden, clean_tracking_dots)
    return _run(job, original, spans, pages)


def rebuild_in_child(
    pdf: bytes,
    spans: Sequence[PageSpan] = (),
    *,
    text_layer: bool = False,
    clean_tracking_dots: bool = False,
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    picture: bool = False,
    fill_labels: bool = False,
    blackouts: Sequence[jobs.PageBox] = (),
    pages: int = 0,
) -> bytes:
    """The PDF rebuilt from its rendered pages with `spans` and `blackouts` painted black
    (`pdf` is a picture file's bytes when `picture`), each span's label drawn in its box
    when `fill_labels`; `pages` (intake's count) buys a long document its time."""
    job = jobs.RebuildJob(
        list(spans),
        text_layer,
        clean_tracking_dots,
        tuple(languages),
        picture,
        fill_labels,
        list(blackouts),
    )
    return _run(job, pdf, spans, pages)


def typeset_in_child(text: str) -> bytes:
    return _run(jobs.TypesetJob(), text.encode("utf-8"), ())


def pixel_check_in_child(
    pdf: bytes,
    terms: Sequence[str],
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    pages: int = 0,
) -> PixelReading:
    """Which `terms` (by index) a reader can read on which page of `pdf`, through PDFium
    and OCR. Raises `PdfNotMade` when the child fails."""
    job = jobs.PixelCheckJob(list(terms), tuple(languages))
    limits = release_limits(pages)
    ended = spawn.run(CHILD_MODULE, [], jobs.encode(job) + pdf, limits, MAX_CHECK_REPLY)
    if isinstance(ended, spawn.Stopped):
        raise PdfNotMade("timed out" if ended.reason == "timeout" else "failed")
    if ended.returncode != 0 or not ended.reply.startswith(b"OK\n"):
        raise PdfNotMade("failed")
    return _reading(ended.reply[3:], len(terms))


def _reading(line: bytes, count: int) -> PixelReading:
    """The child's report, checked: a subverted child may answer anything."""
    try:
        answer = json.loads(line)
        if "refused" in answer:
            return PixelReading(0, 0, (), str(answer["refused"])[:40])
        sightings = tuple((int(index), int(page)) for index, page in answer["sightings"])
        reading = PixelReading(int(answer["pages"]), int(answer["words"]), sightings)
    except (ValueError, KeyError, TypeError):
        raise PdfNotMade("failed") from None
    if any(not 0 <= index < count for index, _ in sightings):
        raise PdfNotMade("failed")
    return reading


def _run(job: jobs.Job, data: bytes, spans: Sequence[PageSpan], pages: int = 0) -> bytes:
    limits = release_limits(pages)
    ended = spawn.run(CHILD_MODULE, [], jobs.encode(job) + data, limits, MAX_REPLY_BYTES)
    if isinstance(ended, spawn.Stopped):
        raise PdfNotMade("timed out" if ended.reason == "timeout" else "failed")
    unlocated = _UNLOCATED.match(ended.reply)
    if ended.returncode == 0 and unlocated:
        page, span_id = int(unlocated[1]), unlocated[2].decode("ascii", "replace")
        if any(span.span_id == span_id and span.page == page for span in spans):
            raise SpanNotFound(span_id, page)
    if ended.returncode != 0 or not ended.reply.startswith(b"OK\n%PDF-"):
        raise PdfNotMade("failed")
    return ended.reply[3:]
