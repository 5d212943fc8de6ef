"""Listing, reading and shredding stored documents; reads that reveal content are audited."""

from __future__ import annotations

from dataclasses import dataclass

from vault.documents import DocumentInfo
from vault.session import Session
from workstation.services.errors import WorkstationError

PROPOSALS = "proposal"


@dataclass(frozen=True)
class Listed:
    """A document as people see it in a listing: its review state and proposal counts."""

    document: DocumentInfo
    state: str
    counts: dict[str, int]


def list_documents(session: Session) -> list[Listed]:
    return [listed(session, document) for document in session.list_documents()]


def listed(session: Session, document: DocumentInfo) -> Listed:
    counts = {"pending": 0, "accepted": 0, "rejected": 0}
    if document.state == "received":
        counts |= session.item_counts(document.id, PROPOSALS)
    return Listed(document, document_state(document, counts), counts)


def document_state(document: DocumentInfo, counts: dict[str, int] | None = None) -> str:
    """received, not reviewable, in review (proposals pending), reviewed, damaged, shredded."""
    if document.state != "received":
        return document.state
    if not document.reviewable:
        return "not reviewable"
    if not counts or not sum(counts.values()):
        return "received"
    return "in review" if counts.get("pending") else "reviewed"


def show_text(session: Session, document_id: str) -> str:
    """The extracted text; the reading itself goes into the audit log."""
    document = session.document(document_id)
    if document.state == "shredded":
        raise WorkstationError(f"document {document_id} was shredded; its content is gone")
    text = session.read_text(document_id)
    if text is None:
        note = str(document.meta.get("note") or "no text was extracted")
        raise WorkstationError(f"document {document_id} has no text to show: {note}")
    session.record("document.show", document_id, {"chars": len(text)})
    return text


def shred(session: Session, document_id: str) -> None:
    session.shred(document_id)
