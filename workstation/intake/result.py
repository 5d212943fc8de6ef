"""What the caller gets back from an extraction."""

from __future__ import annotations

from dataclasses import dataclass, field

from workstation.intake.outcome import PageReading, PageRegion


@dataclass(frozen=True)
class Extraction:
    """The outcome of extracting text from one received document.

    `note` is written for an editor and is always one of our own fixed sentences: it
    never quotes the document (no text, file names or header values from inside it),
    because notes end up in logs and the audit trail where content must not go.
    """

    kind: str
    """One of `workstation.intake.kinds.KINDS`."""
    reviewable: bool
    """True when text was extracted and can be scanned and reviewed."""
    text: str | None
    """The extracted text, or None when not reviewable."""
    note: str = ""
    """Why it is not reviewable, or a warning about the text; "" if none."""
    details: dict[str, int] = field(default_factory=dict)
    """Non-sensitive counts, e.g. {"pages": 3}."""
    regions: tuple[PageRegion, ...] = ()
    """Places on pages and pictures an editor must decide on (text layer and pixels
    disagree, a picture without legible text); the fingerprint pass makes them findings."""
    readings: tuple[PageReading, ...] | None = ()
    """How sure OCR was of each word of the pages whose text it read, and where each is;
    None when the child could not send them all (scanning then reads the pages again)."""
