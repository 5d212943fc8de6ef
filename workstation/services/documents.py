"""Listing, reading and shredding stored documents; reads that reveal content are audited."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from vault import DocumentInfo, Session, Vault, audit
from workstation.services import approvals
from workstation.services.errors import WorkstationError
from workstation.services.governance import governance
from workstation.services.scanning import scan_policy, stored_proposals

PROPOSALS = "proposal"
FINGERPRINTS = "fingerprint"
RELEASE_ACTION = "document.release"


@dataclass(frozen=True)
class Listed:
    """A document as people see it in a listing: its review state and proposal counts."""

    document: DocumentInfo
    state: str
    counts: dict[str, int]


def list_documents(session: Session) -> list[Listed]:
    """Every document with its review state; item counts come from one query, so a
    listing of 250,000 documents reads no item."""
    with without_cycle_collection():
        released = released_ids(session)
        counted = session.all_item_counts()
        return [
            listed(session, document, released, counted.get(document.id, {}))
            for document in session.list_documents()
        ]


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a listing builds a million small objects.

    None of them forms a cycle (reference counting frees them), but the collector would
    walk the growing heap again and again: a third of a 250,000-document listing.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


@dataclass(frozen=True)
class ListingMark:
    """What a listing saw, to tell later which documents changed since (see
    :func:`changed_since`): each document row's mark, the released documents, and the
    editors (whose names and states the approvals shown depend on)."""

    rows: dict[str, tuple[object, ...]]
    released: frozenset[str]
    editors: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Changes:
    """Documents changed or new since a mark, those gone, and the mark of now."""

    changed: set[str]
    removed: set[str]
    everything: bool  # the editors changed: every approvals cell may read differently
    mark: ListingMark


def listing_mark(session: Session) -> ListingMark:
    """The point a listing starts from (take it before listing: a change committed
    meanwhile is then reported as changed, never missed)."""
    editors = Vault(session.path, session.connection).editors(include_removed=True)
    return ListingMark(
        session.document_marks(),
        frozenset(released_ids(session)),
        tuple((editor.id, editor.name, editor.state) for editor in editors),
    )


def changed_since(session: Session, mark: ListingMark) -> Changes:
    """Which documents a listing taken at ``mark`` shows out of date: rows written since
    (a decision, a scan, an approval, a shred, a vault-wide decision, an intake, a
    rotation), documents released since; all of them when the editors changed. Without
    decrypting anything: a review's return refreshes one row, not 50,000."""
    now = listing_mark(session)
    changed = {
        document_id for document_id, row in now.rows.items() if mark.rows.get(document_id) != row
    }
    changed |= set(now.released - mark.released)
    removed = set(mark.rows) - set(now.rows)
    return Changes(changed, removed, now.editors != mark.editors, now)


def listed(
    session: Session,
    document: DocumentInfo,
    released: set[str] | None = None,
    item_counts: dict[str, dict[str, int]] | None = None,
) -> Listed:
    """``item_counts`` (kind -> state -> count) saves the per-kind queries when known."""

    def count(kind: str) -> dict[str, int]:
        if item_counts is not None:
            return dict(item_counts.get(kind, {}))
        return session.item_counts(document.id, kind)

    counts = {"pending": 0, "accepted": 0, "rejected": 0}
    if document.state == "received":
        counts |= count(PROPOSALS)
    state = document_state(document, counts)
    if state == "reviewed" and count(FINGERPRINTS).get("pending"):
        state = "in review"  # fingerprint findings still wait for an editor
    if state == "reviewed":
        state = _after_review(session, document.id, released)
    return Listed(document, state, counts)


def released_ids(session: Session) -> set[str]:
    """Documents the audit chain records as released (the release service audits each)."""
    return audit.object_ids(session.connection, RELEASE_ACTION)


def _after_review(session: Session, document_id: str, released: set[str] | None) -> str:
    """released, approved (the approvals the policy asks for match the current decisions),
    or reviewed (every proposal decided, approvals missing)."""
    if document_id in (released_ids(session) if released is None else released):
        return "released"
    if not session.item_counts(document_id, approvals.KIND):
        return "reviewed"
    editors = Vault(session.path, session.connection).editors(include_removed=True)
    state = approvals.approval_state(session, document_id, editors)
    required = required_approvals(session, document_id)
    return "approved" if required is not None and len(state.valid) >= required else "reviewed"


def required_approvals(session: Session, document_id: str) -> int | None:
    """How many editors the governing policy asks for; None when release would refuse the
    policy (changed since the scan, or gone), so nothing shows as approved that is not."""
    try:
        loaded = scan_policy(session.path, document_id, stored_proposals(session, document_id))
        return governance(session, document_id, loaded).approvals  # the strictest that governed
    except WorkstationError:
        return None


def document_state(document: DocumentInfo, counts: dict[str, int] | None = None) -> str:
    """received, not reviewable, in review (proposals pending; :func:`listed` also counts
    pending fingerprint findings), reviewed, damaged, shredded;
    :func:`listed` refines "reviewed" into approved or released."""
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
