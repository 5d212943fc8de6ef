"""What someone holding only a copy of the vault file learns: what SECURITY.md lists.

The "attacker" is a plain sqlite3 script that knows the documented format and no
passphrase. It must not find where spans are, what they are (entity types, fingerprint
kinds) or how editors decided, neither from item ids nor from the audit log, also after
the document is shredded.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from vaultkit import on_disk, raw

from vault.session import Session
from workstation.policy import PolicyRegistry
from workstation.services import decisions, fingerprinting
from workstation.services.review import redact_span
from workstation.services.scanning import stored_proposals

TEXT = "The informant Radomir met us at the depot. Copy 4 of 9\u200b\n"
ENTITIES = ("PERSON", "LOCATION", "REDACTED", "ORGANIZATION", "EMAIL_ADDRESS")
# SECURITY.md: details in clear say only which editor and key generation, or a size.
PUBLIC_DETAILS = {"editor", "key_id", "secrets_replaced", "size", "sealed", "slot"}


def _reviewed_document(session: Session) -> str:
    meta = {"name": "memo.txt", "kind": "txt", "reviewable": True, "has_text": True}
    document = session.add_document(meta, [TEXT.encode()], TEXT, {"kind": "txt"})
    start = TEXT.index("Radomir")
    redact_span(session, document.id, start, start + 7, "PERSON")
    place = TEXT.index("depot")
    redact_span(session, document.id, place, place + 5, "LOCATION")
    fingerprinting.run_pass(session, document.id, PolicyRegistry().load("source-protection"))
    first = stored_proposals(session, document.id)[0]
    decisions.decide(session, document.id, [first], "reject")
    return document.id


def _legacy_ids() -> set[str]:
    """Every id the unkeyed scheme (sha256 of "start:end:entity") gives this text."""
    found = set()
    for start in range(len(TEXT)):
        for end in range(start + 1, len(TEXT) + 1):
            for entity in ENTITIES:
                digest = hashlib.sha256(f"{start}:{end}:{entity}".encode()).hexdigest()
                found.add("p" + digest[:10])
    return found


def _attacker_view(path: Path) -> tuple[set[str], list[dict[str, object]], bytes]:
    with raw(path) as copy:
        ids = {str(row[0]) for row in copy.execute("SELECT id FROM items")}
        details = [json.loads(row[0]) for row in copy.execute("SELECT details FROM audit")]
        mentioned = {
            str(value)
            for entry in details
            for value in entry.values()
            if isinstance(value, str)
        }
    return ids | mentioned, details, on_disk(path)


def test_a_copy_of_the_file_names_no_span_entity_or_verdict(
    session: Session, vault_path: Path
) -> None:
    document_id = _reviewed_document(session)
    proposals = stored_proposals(session, document_id)
    assert len(proposals) == 2
    ids, details, file_bytes = _attacker_view(vault_path)
    assert not ids & _legacy_ids()  # ids are keyed: no offset, length or type behind them
    for entry in details:
        assert set(entry) <= PUBLIC_DETAILS, entry
    for word in (*ENTITIES, "source-protection", "kind_", "invisible", "verdict"):
        assert word.encode() not in file_bytes, word
    # Listed in SECURITY.md: how many items of each kind a live document has, in which state.
    with raw(vault_path) as copy:
        states = copy.execute("SELECT kind, state FROM items WHERE kind = 'proposal'").fetchall()
    assert sorted(states) == [("proposal", "accepted"), ("proposal", "rejected")]
    # The passphrase's view still has every detail.
    opened = [e.details for e in session.audit_entries() if e.action == "proposal.decide"]
    assert opened == [{"count": 1, "proposals": proposals[0].id, "verdict": "rejected"}]


def test_after_a_shred_the_audit_log_still_says_nothing_about_spans(
    session: Session, vault_path: Path
) -> None:
    document_id = _reviewed_document(session)
    session.shred(document_id)
    ids, details, file_bytes = _attacker_view(vault_path)
    assert not ids & _legacy_ids()
    assert all(set(entry) <= PUBLIC_DETAILS for entry in details)
    assert b"PERSON" not in file_bytes and b"LOCATION" not in file_bytes


def test_the_chain_verifies_without_a_passphrase_and_ids_survive_a_rotation(
    session: Session,
) -> None:
    from vault.store import Vault

    document_id = _reviewed_document(session)
    before = session.keyed_id(b"span")
    session.rotate_master_key()
    assert session.keyed_id(b"span") == before  # a re-scan after rotation finds the same ids
    vault = Vault.open(session.path)
    try:
        assert vault.verify_audit().ok
    finally:
        vault.close()
    assert document_id
