"""The fingerprint pass's look inside an original file, in the same confined child.

Which inspector a file goes to is decided from its name and first bytes; the child runs
it under the extraction limits and answers with findings only, read up to a fixed size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workstation.confined.limits import ChildLimits
from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.codes import MAX_REPLY_BYTES
from workstation.intake import protocol
from workstation.intake.kinds import detect_kind, has_pdf_header, is_picture
from workstation.intake.notes import refusal_note
from workstation.intake.outcome import Refused
from workstation.intake.sandbox import run_job

INSPECTED_KINDS = frozenset({"docx", "eml", "msg", "xlsx", "ods", "pptx", "odt", "rtf"})
"""Kinds with an inspector of their own (PDFs too, when they have a PDF header)."""


@dataclass(frozen=True)
class Inspection:
    """Findings about one original, or a fixed note saying why it could not be inspected."""

    kind: str
    """An inspector name (see `INSPECTED_KINDS`, or "image"), or "" for none."""
    findings: list[FingerprintFinding] = field(default_factory=list)
    note: str = ""


def inspection_kind(name: str, head: bytes) -> str:
    """The inspector for a file, or "" (plain text and unknown types carry no metadata)."""
    kind = detect_kind(name, head)
    if kind in INSPECTED_KINDS or (kind == "pdf" and has_pdf_header(head)):
        return kind
    if kind == "image" or (kind == "other" and is_picture(head)):
        return "image"
    return ""


def inspect(data: bytes, name: str, limits: ChildLimits | None = None) -> Inspection:
    """Metadata and hidden-content findings of an original, parsed only in the child."""
    limits = limits or ChildLimits()
    kind = inspection_kind(name, data[:1024])
    if not kind:
        return Inspection("")
    if len(data) > limits.max_input_bytes:
        return Inspection(kind, note="too large to inspect")
    finished = run_job(f"inspect-{kind}", data, limits, MAX_REPLY_BYTES)
    if isinstance(finished, Refused):
        return _refused(kind, finished.code, limits)
    if finished.returncode != 0:
        return _refused(kind, "crashed", limits)
    try:
        outcome = protocol.decode_inspection(finished.reply)
    except protocol.BadReply:
        return _refused(kind, "crashed", limits)
    if isinstance(outcome, Refused):
        return _refused(kind, outcome.code, limits)
    return Inspection(kind, outcome)


def _refused(kind: str, code: str, limits: ChildLimits) -> Inspection:
    label_kind = "other" if kind == "image" else kind
    return Inspection(kind, note=refusal_note(code, label_kind, limits))
