"""Document items (proposals and decisions): sealed with their state, summed into their document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vault.errors import VaultTampered
from vault.items import Item
from vault.session import Session
from vault.store import Vault

PASSPHRASE = "orbit lantern cobalt meadow thistle"


def stored(session: Session) -> str:
    document = session.add_document({"name": "a.txt", "kind": "txt"}, [b"Amira"], "Amira", {})
    session.replace_items(document.id, "proposal",
                          [Item("p1", "pending", b'{"start":0}'), Item("p2", "accepted", b"{}")],
                          "document.scan", {"proposals": 2})
    return document.id


def tamper(path: Path, statement: str, *parameters: object) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(statement, parameters)


def test_items_round_trip_and_state_changes_are_audited(session: Session) -> None:
    document_id = stored(session)
    session.set_item_states(document_id, "proposal", {"p1": "rejected"}, "proposal.decide",
                            {"rejected": 1})
    assert [(i.id, i.state, i.data) for i in session.items(document_id, "proposal")] == [
        ("p1", "rejected", b'{"start":0}'), ("p2", "accepted", b"{}")]
    assert session.item_counts(document_id, "proposal") == {"rejected": 1, "accepted": 1}
    actions = [entry.action for entry in Vault.open(session.path).audit_entries()]
    assert actions[-2:] == ["document.scan", "proposal.decide"]


def test_a_state_flipped_by_hand_breaks_the_seal(session: Session, vault_path: Path) -> None:
    document_id = stored(session)
    tamper(vault_path, "UPDATE items SET state = 'accepted' WHERE id = 'p1'")
    with pytest.raises(VaultTampered, match="p1"):
        session.items(document_id, "proposal")


def test_a_deleted_item_is_caught_when_its_document_is_read(
    session: Session, vault_path: Path
) -> None:
    document_id = stored(session)
    tamper(vault_path, "DELETE FROM items WHERE id = 'p1'")
    reopened = Vault.open(vault_path).unlock("alice", PASSPHRASE)  # unlock reads no item
    with pytest.raises(VaultTampered, match="proposals or decisions"):
        reopened.items(document_id, "proposal")


def test_shredding_removes_a_documents_items(session: Session, vault_path: Path) -> None:
    document_id = stored(session)
    session.shred(document_id)
    with sqlite3.connect(vault_path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 0
