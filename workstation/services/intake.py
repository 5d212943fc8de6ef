"""Taking documents into the vault: open safely, extract text in the sandbox, encrypt, audit.

Files small enough to extract are read once into memory, parsed in the sandboxed
child and stored; larger ones are streamed straight into chunked encryption so
memory stays bounded, and are kept as not reviewable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vault import DocumentInfo, Session
from workstation.intake import ChildLimits, Extraction, detect_kind, extract
from workstation.intake.notes import REFUSALS, too_large_note
from workstation.services import sealed_intake
from workstation.services.errors import IntakeRefused
from workstation.services.files import OpenedFile, open_regular
from workstation.terminal import neutralise_line

MAX_INTAKE_BYTES = 2 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class IntakeOutcome:
    """What happened to one path: stored (maybe with a warning) or refused, with why."""

    shown_name: str
    document: DocumentInfo | None = None
    warning: str = ""
    refused: str = ""


def intake_paths(
    session: Session,
    paths: Iterable[Path],
    limits: ChildLimits | None = None,
    max_bytes: int = MAX_INTAKE_BYTES,
) -> Iterator[IntakeOutcome]:
    """Take in each path in its own transaction; one refusal never stops the others."""
    for path in paths:
        try:
            yield intake_path(session, path, limits or ChildLimits(), max_bytes)
        except IntakeRefused as refusal:
            yield IntakeOutcome(shown_name=neutralise_line(str(path)), refused=str(refusal))


def intake_path(
    session: Session, path: Path, limits: ChildLimits, max_bytes: int
) -> IntakeOutcome:
    opened = open_regular(path, max_bytes)
    try:
        if sealed_intake.looks_sealed(path.name, opened.head()):
            name = path.name[: -len(".age")] if path.name.lower().endswith(".age") else path.name
            if opened.size > limits.max_input_bytes:  # too large to extract: stream it
                return _store_stream(session, name, opened, source="sealed")
            data = sealed_intake.open_sealed(session, opened.read_all(), opened.shown_name)
            return _store_bytes(session, name, data, limits, opened.shown_name, "sealed")
        if opened.size <= limits.max_input_bytes:
            data = opened.read_all()
            return _store_bytes(session, path.name, data, limits, opened.shown_name, "file")
        return _store_stream(session, path.name, opened)
    finally:
        opened.close()


def intake_data(
    session: Session, name: str, data: bytes, limits: ChildLimits | None = None
) -> IntakeOutcome:
    """Take in bytes already in memory (sample documents, programmatic intake)."""
    return _store_bytes(session, name, data, limits or ChildLimits(), name, "file")


def _store_bytes(
    session: Session, name: str, data: bytes, limits: ChildLimits, shown: str, source: str
) -> IntakeOutcome:
    extraction = extract(data, name, limits)
    document = _store(session, name, extraction, [data], source)
    return IntakeOutcome(shown, document, warning=_warning(extraction))


def _store_stream(
    session: Session, name: str, opened: OpenedFile, source: str = "file"
) -> IntakeOutcome:
    """Straight into chunked encryption (decrypting a sealed file on the way), unextracted."""
    pieces = (
        sealed_intake.stream_sealed(session, opened.descriptor, opened.shown_name)
        if source == "sealed"
        else opened.pieces()
    )
    kind = detect_kind(name, b"" if source == "sealed" else opened.head())
    extraction = Extraction(
        kind=kind,
        reviewable=False,
        text=None,
        note=too_large_note(opened.size),
        details={},
    )
    document = _store(session, name, extraction, pieces, source)
    return IntakeOutcome(opened.shown_name, document, warning=_warning(extraction))


def _store(
    session: Session, name: str, extraction: Extraction, original: Iterable[bytes], source: str
) -> DocumentInfo:
    meta = {
        "name": name,
        "kind": extraction.kind,
        "reviewable": extraction.reviewable,
        "note": extraction.note,
        "details": dict(extraction.details),
        "source": source,
    }
    details: dict[str, str | int | bool | None] = {
        "kind": extraction.kind,
        "reviewable": extraction.reviewable,
        "sealed": source == "sealed",
    }
    return session.add_document(meta, original, extraction.text, details)


def _warning(extraction: Extraction) -> str:
    """Say why a document cannot be reviewed, unless it is simply a type we do not read
    or a picture without words (a photo: its metadata is still inspected)."""
    if extraction.reviewable:
        return extraction.note
    if extraction.note in (REFUSALS["other"], REFUSALS["picture_no_text"]):
        return ""
    return f"stored but not reviewable: {extraction.note}"
