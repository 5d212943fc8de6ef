"""Run PDF redaction or typesetting in the confined release child and check its answer."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import astuple
from pathlib import Path

from workstation.confined.limits import ChildLimits
from workstation.intake.sandbox import child_environment
from workstation.release.pdf_engine import PageSpan

CHILD_MODULE = "workstation.release.child"
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]
RELEASE_LIMITS = ChildLimits(timeout_seconds=300.0, memory_bytes=3072 * 1024 * 1024)
"""Redaction and rasterizing take longer and more memory than extraction."""


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
    job = {
        "mode": "redact",
        "rasterize": rasterize,
        "fill_labels": fill_labels,
        "strip_hidden": strip_hidden,
        "clean_tracking_dots": clean_tracking_dots,
        "spans": [list(astuple(span)) for span in spans],
    }
    return _run(job, original)


def typeset_in_child(text: str) -> bytes:
    return _run({"mode": "typeset"}, text.encode("utf-8"))


def _run(job: dict[str, object], data: bytes) -> bytes:
    limits = RELEASE_LIMITS
    header = limits.to_json() + json.dumps(job, ensure_ascii=True).encode("ascii") + b"\n"
    try:
        finished = subprocess.run(
            [sys.executable, "-m", CHILD_MODULE],
            input=header + data,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_environment(),
            cwd=_PACKAGE_ROOT,
            timeout=limits.timeout_seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise PdfNotMade("timed out") from None
    reply = finished.stdout
    if finished.returncode != 0 or not reply.startswith(b"OK\n%PDF-"):
        raise PdfNotMade("failed")
    return reply[3:]
