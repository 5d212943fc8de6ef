"""Names across the leak: every name the scans proposed, and in how many documents it is.

An editor of 50,000 documents needs to see who the leak is about before reading any of
it: the overview counts, for each name proposed as a person (or a deny-listed one), the
documents and mentions it has, spellings that differ only in case, accents or spacing
counted as one. The names come from the documents' texts, decrypted in memory while the
vault is unlocked; they are never written anywhere, and building the overview is one
audited action (``names.overview``, with how many documents were read).
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from vault import Session
from workstation.services import documents
from workstation.services.scanning import stored_proposals

NAME_ENTITIES = frozenset({"PERSON", "DENY_LIST"})
AUDIT_ACTION = "names.overview"


@dataclass(frozen=True)
class NameCount:
    name: str
    """The spelling seen most often (as it stands in a document: neutralise before showing)."""
    documents: int
    mentions: int


def folded(name: str) -> str:
    """One key for spellings that differ only in case, accents or spacing."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def candidates(session: Session) -> list[str]:
    """Live documents with at least one proposal (the others name nobody yet), from the
    documents' stored item counts: no review state (approvals, policies) is worked out."""
    counted = session.all_item_counts()
    return [
        document.id
        for document in session.list_documents()
        if document.state == "received"
        and any(counted.get(document.id, {}).get(documents.PROPOSALS, {}).values())
    ]


def name_overview(
    session: Session,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[NameCount]:
    """Every proposed name with its documents and mentions, most widespread first."""
    ids = candidates(session)
    spellings: dict[str, Counter[str]] = {}
    found_in: Counter[str] = Counter()
    read = 0
    for read, document_id in enumerate(ids, start=1):
        if cancel is not None and cancel.is_set():
            break
        _count_document(session, document_id, spellings, found_in)
        if progress is not None:
            progress(read, len(ids))
    session.record(AUDIT_ACTION, None, {"documents": read})
    counts = [
        NameCount(forms.most_common(1)[0][0], found_in[key], sum(forms.values()))
        for key, forms in spellings.items()
    ]
    return sorted(counts, key=lambda c: (-c.documents, -c.mentions, folded(c.name)))


def _count_document(
    session: Session,
    document_id: str,
    spellings: dict[str, Counter[str]],
    found_in: Counter[str],
) -> None:
    names = [p for p in stored_proposals(session, document_id) if p.entity in NAME_ENTITIES]
    if not names:
        return
    text = session.read_text(document_id) or ""
    here: set[str] = set()
    for proposal in names:
        surface = " ".join(text[proposal.start : proposal.end].split())
        key = folded(surface)
        if key:
            spellings.setdefault(key, Counter())[surface] += 1
            here.add(key)
    found_in.update(here)
