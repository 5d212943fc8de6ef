"""Run PDF redaction or typesetting in the confined release child and check its answer."""

from __future__ import annotations

from collections.abc import Sequence

from workstation.confined import spawn
from workstation.confined.limits import ChildLimits
from workstation.release import jobs
from workstation.release.jobs import PageSpan

CHILD_MODULE = "workstation.release.child"
RELEASE_LIMITS = ChildLimits(timeout_seconds=300.0, memory_bytes=3072 * 1024 * 1024)
"""Redaction and rasterizing take longer and more memory than extraction."""
MAX_REPLY_BYTES = RELEASE_LIMITS.memory_bytes
"""No PDF the child builds can be larger than its whole address space: a longer reply
is a subverted child flooding the pipe."""


class PdfNotMade(Exception):
    """The child could not produce the PDF (crashed, timed out, or refused the input)."""


def redact_in_child(
    original: bytes,
    spans: Sequence[PageSpan],
    rasterize: bool,
    fill_labels: bool,
    strip_hidden: bool = False,
    clean_tracking_dots: bool = False,
) -> bytes:
    job = jobs.RedactJob(list(spans), rasterize, fill_labels, strip_hidden, clean_tracking_dots)
    return _run(job, original)


def typeset_in_child(text: str) -> bytes:
    return _run(jobs.TypesetJob(), text.encode("utf-8"))


def _run(job: jobs.Job, data: bytes) -> bytes:
    ended = spawn.run(CHILD_MODULE, [], jobs.encode(job) + data, RELEASE_LIMITS, MAX_REPLY_BYTES)
    if isinstance(ended, spawn.Stopped):
        raise PdfNotMade("timed out" if ended.reason == "timeout" else "failed")
    if ended.returncode != 0 or not ended.reply.startswith(b"OK\n%PDF-"):
        raise PdfNotMade("failed")
    return ended.reply[3:]
