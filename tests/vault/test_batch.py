"""Batched changes: one transaction and one head seal, each change still audited alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.vault.vaultkit import ALICE_PASSPHRASE, raw
from vault.errors import VaultTampered
from vault.items import Item
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault


def add(session: Session, name: str) -> str:
    return session.add_document({"name": name, "kind": "txt"}, [name.encode()], name, {}).id


def test_a_batch_audits_each_change_and_verifies(session: Session, vault_path: Path) -> None:
    with session.batch():
        ids = [add(session, f"{n}.txt") for n in range(3)]
        session.put_items(ids[0], "proposal", [Item("p1", "pending", b"{}")], "document.scan", {})
    actions = [entry.action for entry in Vault.open(vault_path).audit_entries()]
    assert actions[-4:] == ["document.intake"] * 3 + ["document.scan"]
    reopened = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    assert {d.id for d in reopened.list_documents()} >= set(ids)
    assert verify_vault(Vault.open(vault_path), reopened).ok


def test_a_failing_change_is_undone_alone(session: Session, vault_path: Path) -> None:
    with session.batch():
        kept = add(session, "kept.txt")
        with pytest.raises(RuntimeError), session.change("document.intake") as pending:
            pending.connection.execute(
                "INSERT INTO documents (id, received_at, size, state)"
                " VALUES ('dx', 'now', 0, 'received')"
            )
            raise RuntimeError("parser said no")
        after = add(session, "after.txt")
    reopened = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    assert {d.id for d in reopened.list_documents()} == {kept, after}
    assert verify_vault(Vault.open(vault_path), reopened).ok


def test_a_batch_that_raises_stores_nothing(session: Session, vault_path: Path) -> None:
    before = len(list(Vault.open(vault_path).audit_entries()))
    with pytest.raises(KeyboardInterrupt), session.batch():
        add(session, "lost.txt")
        raise KeyboardInterrupt
    assert len(list(Vault.open(vault_path).audit_entries())) == before
    assert Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE).list_documents() == []
    add(session, "next.txt")  # the session goes on from the vault as it is


def test_item_owners_finds_documents_by_an_item_id(session: Session, vault_path: Path) -> None:
    first = session.add_document(
        {"name": "a"}, [b"a"], "a", {}, first_items={"content": [Item("k1", "indexed", b"")]}
    )
    assert session.item_owners("content") == {"k1": first.id}
    session.shred(first.id)
    assert session.item_owners("content") == {}


def test_an_index_item_changed_by_hand_is_caught_when_its_document_is_read(
    session: Session, vault_path: Path
) -> None:
    """Unlock reads no item (its cost does not grow with them): the changed index item is
    caught by its document's items sum as soon as anything of that document is read,
    and by `vault verify`."""
    index = {"content": [Item("k1", "x", b"")]}
    document_id = session.add_document({"name": "a"}, [b"a"], "a", {}, first_items=index).id
    with raw(vault_path) as connection:
        connection.execute("UPDATE items SET id = 'k2' WHERE kind = 'content'")
    reopened = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    with pytest.raises(VaultTampered):
        reopened.items(document_id, "content")
    assert not verify_vault(Vault.open(vault_path), reopened).ok
