"""How much work a confined child may do for one job: extraction, inspection, redaction.

Every limit exists because a received document is hostile until proven otherwise: a
leak can be a zip bomb, a PDF built to exhaust memory, or simply a 4 GB log file. The
same original is just as hostile when release redacts it, so one set of limits governs
every child; each job chooses its own values.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

MIB = 1024 * 1024


@dataclass(frozen=True)
class ChildLimits:
    """Ceilings for one child's job; the child confines itself to them before reading."""

    max_input_bytes: int = 64 * MIB
    """Larger inputs are not extracted (the caller may still store them)."""
    max_text_chars: int = 32 * MIB
    """Longer extracted text is refused rather than silently truncated."""
    timeout_seconds: float = 60.0
    """Wall-clock time for the child process, start-up included."""
    memory_bytes: int = 1536 * MIB
    """Address-space ceiling (RLIMIT_AS) of the child process."""
    max_zip_members: int = 2000
    max_zip_uncompressed: int = 256 * MIB
    max_zip_ratio: int = 100
    """Per-member compression ratio above which a DOCX is treated as a zip bomb."""
    max_pdf_pages: int = 5000
    ocr_languages: tuple[str, ...] = ("eng",)
    """The languages OCR reads pages and pictures in (a policy's `ocr_languages`)."""
    pages_per_child: int = 16
    """At most this many PDF pages are rendered and read by OCR in one child, and it
    starts no new page once a third of `timeout_seconds` has passed: a dense page costs
    one to two seconds of OCR on an idle core and several times that on a busy one, so
    a long PDF is read by as many children as it takes (the parent starts the next at
    the first page not read), each under every limit here. A single page that takes
    more than about two thirds of the time limit still ends the intake."""
    first_page: int = 0
    """The first page (0-based) this child reads: set by the parent for each child of a
    long PDF, never by the document."""

    def to_json(self) -> bytes:
        """One line, so the child can read it before the document bytes."""
        return json.dumps(asdict(self), sort_keys=True).encode("ascii") + b"\n"

    @classmethod
    def from_json(cls, line: bytes) -> ChildLimits:
        """Rebuild limits in the child, ignoring anything unexpected."""
        raw = json.loads(line)
        known = {field.name for field in fields(cls)}
        values = {key: value for key, value in raw.items() if key in known}
        if "ocr_languages" in values:
            values["ocr_languages"] = tuple(str(name) for name in values["ocr_languages"])
        return cls(**values)
