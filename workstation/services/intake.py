"""Taking documents into the vault: open safely, extract text in the sandbox, encrypt, audit.

Files small enough to extract are read once into memory, parsed in the sandboxed
child and stored; larger ones are streamed straight into chunked encryption so
memory stays bounded, and are kept as not reviewable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vault import DocumentInfo, Item, Session
from workstation.intake import ChildLimits, Extraction, detect_kind, extract
from workstation.intake.archives import unpack_archive
from workstation.intake.kinds import ARCHIVE_KINDS, CONTAINER_KINDS
from workstation.intake.notes import REFUSALS, refusal_note, too_large_note
from workstation.services import page_readings, sealed_intake
from workstation.services.errors import IntakeRefused, WorkstationError
from workstation.services.files import OpenedFile, open_regular
from workstation.terminal import neutralise_line

MAX_INTAKE_BYTES = 2 * 1024 * 1024 * 1024
OCR_KINDS = frozenset({"pdf", "image", "docx"})
"""Kinds whose text is (partly) what OCR read at intake."""
MAX_ARCHIVE_DEPTH = 4
"""Archives and mail inside archives and mail are unpacked this deep; deeper ones are
stored as they are (a mailbox, its message, its attachment and a zip in it is four)."""


@dataclass(frozen=True)
class IntakeOutcome:
    """What happened to one path: stored (maybe with a warning) or refused, with why."""

    shown_name: str
    document: DocumentInfo | None = None
    warning: str = ""
    refused: str = ""
    members: tuple[IntakeOutcome, ...] = ()
    """For an archive: what happened to each of its members, in archive order."""
    duplicate_of: str = ""
    """Bulk intake: the id of the document with the same content; nothing was stored."""

    def with_members(self) -> Iterator[IntakeOutcome]:
        """This outcome, then its members' (and theirs, for archives in archives)."""
        yield self
        for member in self.members:
            yield from member.with_members()


def intake_limits(vault_path: Path, policy: str = "default") -> ChildLimits:
    """The child limits for taking documents in under `policy`: OCR reads pages and
    pictures in its `ocr_languages`, each checked to be installed (a missing one is a
    one-line error naming the PyPI package to add)."""
    from workstation.pixels import languages  # noqa: PLC0415 - only names files, no OCR
    from workstation.pixels.errors import PixelsError  # noqa: PLC0415
    from workstation.services.policies import load  # noqa: PLC0415

    loaded = load(vault_path, policy)
    try:
        names = languages.checked(loaded.policy.ocr_languages)
    except PixelsError as missing:
        raise WorkstationError(f"policy {loaded.policy.id}: {missing}") from None
    return ChildLimits(ocr_languages=names)


def intake_paths(
    session: Session,
    paths: Iterable[Path],
    limits: ChildLimits | None = None,
    max_bytes: int = MAX_INTAKE_BYTES,
) -> Iterator[IntakeOutcome]:
    """Take in each path in its own transaction; one refusal never stops the others."""
    for path in paths:
        try:
            yield from intake_path(session, path, limits or ChildLimits(), max_bytes).with_members()
        except IntakeRefused as refusal:
            yield IntakeOutcome(shown_name=neutralise_line(str(path)), refused=str(refusal))


def intake_path(
    session: Session,
    path: Path,
    limits: ChildLimits,
    max_bytes: int,
    index: Mapping[str, list[Item]] | None = None,
) -> IntakeOutcome:
    """One path, as it is: sealed files opened, large ones streamed unextracted."""
    opened = open_regular(path, max_bytes)
    try:
        if sealed_intake.looks_sealed(path.name, opened.head()):
            name = path.name[: -len(".age")] if path.name.lower().endswith(".age") else path.name
            if opened.size > limits.max_input_bytes:  # too large to extract: stream it
                return _store_stream(session, name, opened, "sealed", index)
            data = sealed_intake.open_sealed(session, opened.read_all(), opened.shown_name)
            shown = opened.shown_name
            return _store_bytes(session, name, data, limits, shown, "sealed", index=index)
        if opened.size <= limits.max_input_bytes:
            data = opened.read_all()
            shown = opened.shown_name
            return _store_bytes(session, path.name, data, limits, shown, "file", index=index)
        return _store_stream(session, path.name, opened, index=index)
    finally:
        opened.close()


def intake_data(
    session: Session, name: str, data: bytes, limits: ChildLimits | None = None
) -> IntakeOutcome:
    """Take in bytes already in memory (sample documents, programmatic intake)."""
    return _store_bytes(session, name, data, limits or ChildLimits(), name, "file")


def store_extracted(
    session: Session,
    name: str,
    data: bytes,
    extraction: Extraction,
    limits: ChildLimits,
    shown: str,
    index: Mapping[str, list[Item]] | None = None,
) -> IntakeOutcome:
    """Store a file whose text was already extracted (bulk intake extracts ahead, in
    parallel); ``index`` items are stored with the document itself."""
    return _store_bytes(session, name, data, limits, shown, "file", None, extraction, index)


def _store_bytes(
    session: Session,
    name: str,
    data: bytes,
    limits: ChildLimits,
    shown: str,
    source: str,
    link: dict[str, Any] | None = None,
    extraction: Extraction | None = None,
    index: Mapping[str, list[Item]] | None = None,
) -> IntakeOutcome:
    extraction = extraction or extract(data, name, limits)
    depth = int((link or {}).get("depth", 0))
    if _has_members(extraction) and depth < MAX_ARCHIVE_DEPTH:
        return _store_archive(
            session, name, data, limits, shown, source, extraction, link, index
        )
    document = _store(
        session, name, extraction, [data], source, link, index, limits.ocr_languages
    )
    return IntakeOutcome(shown, document, warning=_warning(extraction))


def _store_archive(
    session: Session,
    name: str,
    data: bytes,
    limits: ChildLimits,
    shown: str,
    source: str,
    extraction: Extraction,
    link: dict[str, Any] | None,
    index: Mapping[str, list[Item]] | None = None,
) -> IntakeOutcome:
    """Store the archive (or email), then each member as its own document linked to it.

    Each member is judged alone in the child: one refused member (a link, a path
    traversal, a bomb) is named in one line and the others are still taken in. An email
    keeps its own text; if its attachments cannot be taken out, it says so.
    """
    unpacked = unpack_archive(data, extraction.kind, limits)
    warning = ""
    if unpacked.note and extraction.kind in ARCHIVE_KINDS:
        extraction = Extraction(extraction.kind, False, None, unpacked.note)
    elif unpacked.note:
        warning = f"attachments not taken out: {unpacked.note}"
    document = _store(session, name, extraction, [data], source, link, index)
    child_link = {"parent": document.id, "depth": int((link or {}).get("depth", 0)) + 1}
    members = []
    for member in unpacked.members:
        member_name = f"{name}/{member.name}"
        member_shown = f"{shown}/{neutralise_line(member.name)}"
        if member.refused:
            members.append(IntakeOutcome(member_shown, refused=f"{member_shown}: {member.refused}"))
            continue
        members.append(
            _store_bytes(
                session, member_name, member.data, limits, member_shown, "archive", child_link
            )
        )
    warning = "; ".join(text for text in (_warning(extraction), warning) if text)
    return IntakeOutcome(shown, document, warning=warning, members=tuple(members))


def _has_members(extraction: Extraction) -> bool:
    """Archives and mailboxes always; an email when it has attachments."""
    if extraction.kind in ("eml", "msg"):
        found = extraction.details.get("attachments", 0) + extraction.details.get("messages", 0)
        return extraction.reviewable and found > 0
    return extraction.kind in CONTAINER_KINDS


def _store_stream(
    session: Session,
    name: str,
    opened: OpenedFile,
    source: str = "file",
    index: Mapping[str, list[Item]] | None = None,
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
    document = _store(session, name, extraction, pieces, source, index=index)
    return IntakeOutcome(opened.shown_name, document, warning=_warning(extraction))


def _store(
    session: Session,
    name: str,
    extraction: Extraction,
    original: Iterable[bytes],
    source: str,
    link: dict[str, Any] | None = None,
    index: Mapping[str, list[Item]] | None = None,
    languages: tuple[str, ...] = (),
) -> DocumentInfo:
    """Seal the document; a member of an archive records its parent's id and depth, a
    document read by OCR the languages it was read in (release finds its words again
    in the same languages)."""
    meta: dict[str, Any] = (link or {}) | {
        "name": name,
        "kind": extraction.kind,
        "reviewable": extraction.reviewable,
        "note": extraction.note,
        "details": dict(extraction.details),
        "source": source,
    }
    if extraction.regions:  # sealed like the name: where pages and pixels part
        meta["regions"] = [asdict(region) for region in extraction.regions]
    if extraction.kind in OCR_KINDS and extraction.reviewable:
        meta["ocr_languages"] = list(languages)
    details: dict[str, str | int | bool | None] = {
        "kind": extraction.kind,
        "reviewable": extraction.reviewable,
        "sealed": source == "sealed",
    }
    first_items = dict(index or {})
    readings = _page_readings(extraction)
    if readings is not None:  # sealed under the document's key, in the same change
        meta[page_readings.KEPT_AT_INTAKE] = True
        first_items[page_readings.KIND] = readings
        details["ocr_pages"] = len(readings)
    return session.add_document(meta, original, extraction.text, details, first_items)


def _page_readings(extraction: Extraction) -> list[Item] | None:
    """The page-reading items of a document whose text OCR read in part (scanned pages,
    a picture's frames), or None when intake has none to keep for it: not such a kind,
    not reviewable, or the child had too many words to send them (scan reads them)."""
    if extraction.kind not in page_readings.READ_KINDS or not extraction.reviewable:
        return None
    if extraction.readings is None or extraction.text is None:
        return None
    return page_readings.intake_items(extraction.text, extraction.readings)


def _warning(extraction: Extraction) -> str:
    """Say why a document cannot be reviewed, unless it is simply a type we do not read
    or a picture without words (a photo: its metadata is still inspected)."""
    if extraction.reviewable:
        return extraction.note
    if extraction.note in (
        REFUSALS["other"],
        REFUSALS["picture_no_text"],
        refusal_note("archive", extraction.kind, ChildLimits()),
    ):
        return ""
    return f"stored but not reviewable: {extraction.note}"
