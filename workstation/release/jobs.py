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


Job = RedactJob | TypesetJob


def encode(job: Job) -> bytes:
    """The job as one ASCII line, read by the child after its limits line."""
    if isinstance(job, TypesetJob):
        message: dict[str, Any] = {"mode": "typeset"}
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
    return RedactJob(
        [PageSpan(*span) for span in message["spans"]],
        bool(message["rasterize"]),
        bool(message["fill_labels"]),
        bool(message.get("strip_hidden", False)),
        bool(message.get("clean_tracking_dots", False)),
    )
