"""Vault-wide records: opaque sealed values the vault keeps for the layers above it,
written in one audited change with items of many documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault import Item
from vault.errors import VaultTampered
from vault.session import Session
from vault.store import Vault

PASSPHRASE = "orbit lantern cobalt meadow thistle"  # the session fixture's


def two_documents(session: Session) -> list[str]:
    return [
        session.add_document({"name": f"{n}.txt", "kind": "txt"}, [b"x"], "x", {}).id
        for n in ("a", "b")
    ]


def test_a_record_and_items_of_many_documents_are_one_audited_change(session: Session) -> None:
    first, second = two_documents(session)
    before = len(session.audit_entries())
    session.put_across(
        "decision.vault",
        "r1",
        {"count": 2},
        "proposal",
        {first: [Item("p1", "accepted", b"{}")], second: [Item("p2", "rejected", b"{}")]},
        ("vault-decision", "r1", b"opaque bytes"),
    )
    assert len(session.audit_entries()) == before + 1
    assert session.records("vault-decision") == {"r1": b"opaque bytes"}
    assert session.records("other-kind") == {}
    assert [i.state for i in session.items(second, "proposal")] == ["rejected"]

    session.put_across("decision.vault", "r1", {}, "proposal", {}, ("vault-decision", "r1", None))
    assert session.records("vault-decision") == {}


def test_records_survive_a_key_rotation_and_tampering_is_caught(
    session: Session, vault_path: Path
) -> None:
    session.put_across("x.y", None, {}, "proposal", {}, ("vault-decision", "r2", b"kept"))
    session.rotate_master_key()
    assert session.records("vault-decision") == {"r2": b"kept"}
    session.connection.execute(
        "UPDATE secrets SET sealed = zeroblob(80) WHERE name = 'record:vault-decision:r2'"
    )
    session.connection.commit()
    with pytest.raises(VaultTampered):
        session.records("vault-decision")
    session.connection.close()
    with pytest.raises(VaultTampered):
        Vault.open(vault_path).unlock("alice", PASSPHRASE)


def test_record_names_are_plain_words(session: Session) -> None:
    with pytest.raises(ValueError, match="lower-case"):
        session.put_across("x.y", None, {}, "proposal", {}, ("Vault Decision", "r1", b""))
    with pytest.raises(ValueError, match="lower-case"):
        session.put_across("x.y", None, {}, "proposal", {}, ("vault-decision", "r/1", b""))
