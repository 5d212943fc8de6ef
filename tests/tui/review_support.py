"""A vault holding one document with stored proposals, for review service and UI tests.

Proposals are written through the same encoding the scanner uses (no model load), so
the tests exercise the real vault, audit chain and service layer in well under a second.
"""

from __future__ import annotations

import hashlib

from vault.session import Session
from workstation.services.scanning import KIND, StoredProposal

TEXT = (
    "Cable 09ALMAGAR0745. Amira Haddad met the ambassador.\n"
    "Haddad asked for protection; STRICTLY PROTECT.\n"
    "Contact: amira.haddad@example.org, phone +44 20 7946 0958.\n"
)
POLICY = {"id": "default", "version": "1", "sha256": "0" * 64}


def span(word: str, entity: str, group: str, nth: int = 0) -> StoredProposal:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    end = start + len(word)
    reason = {"recognizer": "SpacyRecognizer", "context_words": ["met"], "rule": "PERSON>=0.5"}
    identifier = "p" + hashlib.sha256(f"{start}:{end}:{entity}".encode()).hexdigest()[:10]
    return StoredProposal(identifier, "pending", start, end, entity, 0.85,
                          group, reason, "policy", POLICY)


def proposals() -> list[StoredProposal]:
    return [
        span("Amira Haddad", "PERSON", "PERSON:amira haddad"),
        span("Haddad", "PERSON", "PERSON:amira haddad", nth=1),
        span("amira.haddad@example.org", "EMAIL_ADDRESS", "EMAIL_ADDRESS:x"),
        span("+44 20 7946 0958", "PHONE_NUMBER", "PHONE_NUMBER:y"),
    ]


def store_document(session: Session, text: str = TEXT,
                   stored: list[StoredProposal] | None = None) -> str:
    meta = {"name": "cable.txt", "kind": "txt", "reviewable": True, "has_text": True}
    document = session.add_document(meta, [text.encode()], text, {})
    items = [p.to_item() for p in (proposals() if stored is None else stored)]
    session.replace_items(document.id, KIND, items, "document.scan", {"proposals": len(items)})
    return document.id
