"""Listing, reading and shredding stored documents; reads that reveal content are audited."""

from __future__ import annotations

from vault.documents import DocumentInfo
from vault.session import Session
from workstation.services.errors import WorkstationError


def list_documents(session: Session) -> list[DocumentInfo]:
    return session.list_documents()


def document_state(document: DocumentInfo) -> str:
    """The state shown to people: 'not reviewable' is more useful than 'received' there."""
    if document.state == "received" and not document.reviewable:
        return "not reviewable"
    return document.state


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
