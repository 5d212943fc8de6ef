"""From received bytes to an `Extraction`: the checks that need no parser, then the child."""

from __future__ import annotations

from workstation.confined.limits import ChildLimits
from workstation.intake.kinds import (
    ARCHIVE_KINDS,
    PDF_MAGIC_WINDOW,
    claims_docx,
    detect_kind,
    has_pdf_header,
)
from workstation.intake.notes import refusal_note, too_large_note, warning_note
from workstation.intake.outcome import Refused
from workstation.intake.result import Extraction
from workstation.intake.sandbox import run_child

DEFAULT_LIMITS = ChildLimits()


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
    outcome = run_child(kind, data, limits)
    if isinstance(outcome, Refused):
        return _refused(kind, outcome.code, limits)
    if len(outcome.text) > limits.max_text_chars:
        return _refused(kind, "text_too_large", limits)
    return Extraction(kind, True, outcome.text, warning_note(outcome.warning), outcome.details)


def _refused(kind: str, code: str, limits: ChildLimits) -> Extraction:
    return Extraction(kind, False, None, refusal_note(code, kind, limits))
