"""What the review asks of the release child, and the distrustful reading of its answers:
the OCR words of scanned pages (confidence and box of each) and pictures of a place on a
page. The child read a hostile file, so every number is checked, every word is compared
with the stored text by the caller, and a preview arrives as bare RGB pixels of a size
announced and checked first: no image decoder reads what the child wrote.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from workstation.confined import spawn
from workstation.confined.limits import ChildLimits
from workstation.release import jobs
from workstation.release.jobs import PageSpan
from workstation.release.sandbox import CHILD_MODULE, RELEASE_LIMITS, PdfNotMade

PREVIEW_LIMITS = ChildLimits(timeout_seconds=60.0, memory_bytes=RELEASE_LIMITS.memory_bytes)
MAX_PREVIEW_SIDE = 4000
MAX_WORDS_REPLY = 256 * 1024 * 1024
MAX_WORD_CHARS = 1000


@dataclass(frozen=True)
class PageWord:
    """One OCR word of a page without a text layer: offsets into that page's text,
    confidence (0 to 100) and box in points of the page as shown."""

    page: int
    start: int
    end: int
    confidence: float
    box: tuple[float, float, float, float]
    text: str


@dataclass(frozen=True)
class PageWords:
    """Every page's size in points, and the words of the pages read by OCR."""

    sizes: tuple[tuple[float, float], ...]
    words: tuple[PageWord, ...]


@dataclass(frozen=True)
class PreviewPicture:
    """A region of a page as RGB pixels, with the page's size, the region and the boxes
    outlined in it (points of the page as shown)."""

    width: int
    height: int
    rgb: bytes
    page_size: tuple[float, float]
    region: tuple[float, float, float, float]
    boxes: tuple[tuple[float, float, float, float], ...]


def page_words_in_child(original: bytes, picture: bool = False) -> PageWords:
    """The OCR words of `original`'s pages without a text layer. Raises `PdfNotMade`."""
    reply = _run(jobs.PageWordsJob(picture), original, RELEASE_LIMITS, MAX_WORDS_REPLY)
    try:
        answer = json.loads(reply)
        sizes = tuple(_size(size) for size in answer["sizes"])
        words = tuple(_word(item, len(sizes)) for item in answer["words"])
        if int(answer["pages"]) != len(sizes):
            raise ValueError("pages")
    except (ValueError, KeyError, TypeError):
        raise PdfNotMade("failed") from None
    return PageWords(sizes, words)


def preview_in_child(
    original: bytes,
    page: int,
    box: tuple[float, float, float, float] | None = None,
    span: PageSpan | None = None,
    *,
    picture: bool = False,
    max_width: int = 900,
) -> PreviewPicture:
    """A picture of the place `box` (or `span`'s characters) on `page` (0-based) of
    `original`. Raises `PdfNotMade` (also when the span is not on the page)."""
    job = jobs.PreviewJob(page, tuple(box or ()), span, picture, max_width)
    limit = MAX_PREVIEW_SIDE * MAX_PREVIEW_SIDE * 3 + 64 * 1024
    reply = _run(job, original, PREVIEW_LIMITS, limit)
    header, _, pixels = reply.partition(b"\n")
    try:
        answer = json.loads(header)
        width, height = int(answer["width"]), int(answer["height"])
        if not (0 < width <= MAX_PREVIEW_SIDE and 0 < height <= MAX_PREVIEW_SIDE):
            raise ValueError("size")
        if len(pixels) != width * height * 3:
            raise ValueError("pixels")
        found = PreviewPicture(
            width,
            height,
            pixels,
            _size(answer["page"]),
            _box(answer["region"]),
            tuple(_box(item) for item in answer["boxes"]),
        )
    except (ValueError, KeyError, TypeError):
        raise PdfNotMade("failed") from None
    return found


def _run(job: jobs.Job, data: bytes, limits: ChildLimits, max_reply: int) -> bytes:
    ended = spawn.run(CHILD_MODULE, [], jobs.encode(job) + data, limits, max_reply)
    if isinstance(ended, spawn.Stopped):
        raise PdfNotMade("timed out" if ended.reason == "timeout" else "failed")
    if ended.returncode != 0 or not ended.reply.startswith(b"OK\n"):
        raise PdfNotMade("failed")
    return ended.reply[3:]


def _number(value: Any) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise ValueError("number")
    return float(value)


def _size(value: Any) -> tuple[float, float]:
    width, height = (_number(item) for item in value)
    if not (width > 0 and height > 0):
        raise ValueError("size")
    return width, height


def _box(value: Any) -> tuple[float, float, float, float]:
    left, top, right, bottom = (_number(item) for item in value)
    if not (left <= right and top <= bottom):
        raise ValueError("box")
    return left, top, right, bottom


def _word(item: Any, pages: int) -> PageWord:
    page, start, end, confidence, left, top, right, bottom, text = item
    if type(page) is not int or type(start) is not int or type(end) is not int:
        raise ValueError("offsets")
    if not (0 <= page < pages and 0 <= start < end) or not isinstance(text, str):
        raise ValueError("word")
    if len(text) != end - start or len(text) > MAX_WORD_CHARS:
        raise ValueError("word")
    confidence = _number(confidence)
    if not 0 <= confidence <= 100:
        raise ValueError("confidence")
    return PageWord(page, start, end, confidence, _box([left, top, right, bottom]), text)
