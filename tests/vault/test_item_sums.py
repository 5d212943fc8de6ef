"""Unlock reads no item; each document's items are checked against its sealed sum on read.

Store head format 4 (vault/items_mac.py): rows changed behind the vault's back are still
caught and named, and nothing is decrypted from them, but an item is caught when its
document is read (or by ``vault verify``, or by a change to that document) instead of
at every unlock. The document rows that pin the sums are checked at unlock. A vault
whose head is of format 3 (one LtHash over every item) is checked that way and
upgraded by its next change.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from pathlib import Path

import pytest
from vaultkit import raw

from vault import envelope, head
from vault.binding import Binding, table_encoder
from vault.errors import VaultTampered
from vault.items import Item
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault

PASSPHRASE = "orbit lantern cobalt meadow thistle"


def with_items(session: Session, name: str = "a.txt") -> str:
    document = session.add_document({"name": name, "kind": "txt"}, [b"Amira"], "Amira", {})
    session.replace_items(
        document.id,
        "proposal",
        [Item("p1", "pending", b'{"start":0}'), Item("p2", "accepted", b"{}")],
        "document.scan",
        {"proposals": 2},
    )
    return document.id


def reopened(path: Path) -> Session:
    return Vault.open(path).unlock("alice", PASSPHRASE)


def item_row(path: Path, item_id: str) -> tuple[object, ...]:
    with raw(path) as connection:
        return tuple(
            connection.execute(
                "SELECT document_id, kind, id, state, data FROM items WHERE id = ?", (item_id,)
            ).fetchone()
        )


def test_a_deleted_item_is_caught_when_its_document_is_read(
    session: Session, vault_path: Path
) -> None:
    tampered, intact = with_items(session), with_items(session, "b.txt")
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM items WHERE document_id = ? AND id = 'p1'", (tampered,))
    later = reopened(vault_path)  # unlock reads no item
    with pytest.raises(VaultTampered, match=f"document {tampered}: its proposals or decisions"):
        later.items(tampered, "proposal")
    assert [item.id for item in later.items(intact, "proposal")] == ["p1", "p2"]
    report = verify_vault(Vault(vault_path, later.connection), later)
    assert any(tampered in problem for problem in report.problems)
    assert not any(intact in problem for problem in report.problems)


def test_a_decision_replayed_from_an_older_copy_is_caught(
    session: Session, vault_path: Path
) -> None:
    document_id = with_items(session)
    before = item_row(vault_path, "p1")  # still pending, sealed as such: its seal is valid
    session.set_item_states(document_id, "proposal", {"p1": "accepted"}, "proposal.decide", {})
    with raw(vault_path) as connection:
        connection.execute(
            "UPDATE items SET state = ?, data = ? WHERE document_id = ? AND id = 'p1'",
            (before[3], before[4], document_id),
        )
    with pytest.raises(VaultTampered, match="replayed"):
        reopened(vault_path).items(document_id, "proposal")


def test_an_item_moved_to_another_document_is_caught_in_both(
    session: Session, vault_path: Path
) -> None:
    first, second = with_items(session), with_items(session, "b.txt")
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM items WHERE document_id = ? AND id = 'p2'", (second,))
        connection.execute(
            "UPDATE items SET document_id = ? WHERE document_id = ? AND id = 'p2'", (second, first)
        )
    later = reopened(vault_path)
    for document_id in (first, second):
        with pytest.raises(VaultTampered, match=document_id):
            later.items(document_id, "proposal")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE documents SET items_sum = zeroblob(32)",
        'UPDATE documents SET item_counts = \'{"proposal":{"pending":2}}\'',
        "UPDATE documents SET items_sum = NULL",
    ],
)
def test_the_rows_that_pin_the_items_are_checked_at_unlock(
    session: Session, vault_path: Path, statement: str
) -> None:
    with_items(session)
    with raw(vault_path) as connection:
        connection.execute(statement)
    with pytest.raises(VaultTampered, match="documents' states or dates"):
        reopened(vault_path)


def test_a_change_to_a_tampered_document_is_refused_and_writes_nothing(
    session: Session, vault_path: Path
) -> None:
    document_id = with_items(session)
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM items WHERE id = 'p2'")
    later = reopened(vault_path)
    entries = len(later.audit_entries())
    with pytest.raises(VaultTampered, match=document_id):
        later.set_item_states(document_id, "proposal", {"p1": "accepted"}, "proposal.decide", {})
    assert len(later.audit_entries()) == entries
    assert item_row(vault_path, "p1")[3] == "pending"


def test_counts_come_from_the_document_row_and_follow_every_write(session: Session) -> None:
    document_id = with_items(session)
    session.put_items(document_id, "proposal", [Item("p3", "pending", b"{}")], "add", {})
    session.set_item_states(document_id, "proposal", {"p1": "rejected"}, "decide", {})
    session.put_items(document_id, "proposal", [], "undo", {}, removed=["p2"])
    with raw(session.path) as connection:
        stored = connection.execute(
            "SELECT item_counts FROM documents WHERE id = ?", (document_id,)
        ).fetchone()[0]
    assert json.loads(stored) == {"proposal": {"pending": 1, "rejected": 1}}
    assert session.item_counts(document_id, "proposal") == {"pending": 1, "rejected": 1}
    assert [i.id for i in reopened(session.path).items(document_id, "proposal")] == ["p1", "p3"]


def test_a_rotation_re_sums_every_item_under_the_new_key(session: Session) -> None:
    document_id = with_items(session)
    with raw(session.path) as connection:
        before = connection.execute("SELECT items_sum FROM documents").fetchone()[0]
    session.rotate_master_key()
    later = reopened(session.path)
    with raw(session.path) as connection:
        after = connection.execute("SELECT items_sum FROM documents").fetchone()[0]
    assert after != before
    assert [i.id for i in later.items(document_id, "proposal")] == ["p1", "p2"]
    assert verify_vault(Vault(session.path, later.connection), later).ok


def test_a_rotation_refuses_a_vault_with_a_tampered_document(
    session: Session, vault_path: Path
) -> None:
    document_id = with_items(session)
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM items WHERE id = 'p1'")
    with pytest.raises(VaultTampered, match=document_id):
        reopened(vault_path).rotate_master_key()


# Upgrading a vault whose head is of format 3 ---------------------------------------------


def as_format_3(path: Path, session: Session) -> None:
    """Turn a current vault into what workstation 0.3 left: no migration 0004, no sum
    columns, and a format 3 head (LtHash over every item) sealed under the master key."""
    connection, keys = session.connection, session.keys
    fields = dataclasses.asdict(head.current(connection, keys.vault_id, keys.key_id))
    fields |= {
        "format": head.ITEMS_SUM_FORMAT,
        "documents_hash": head.documents_hash(connection, with_items=False),
        "items_sum": head.items_sum(connection).hexdigest(),
    }
    sealed = envelope.seal(
        head._key(keys.master_key),
        json.dumps(fields, sort_keys=True).encode(),
        head._binding(keys.vault_id, keys.key_id),
    )
    connection.close()
    with raw(path) as tamperer:
        tamperer.execute("UPDATE meta SET value = ? WHERE key = 'head'", (sealed,))
        tamperer.execute("DELETE FROM migrations WHERE name = '0004_item_sums'")
        tamperer.execute("ALTER TABLE documents DROP COLUMN items_sum")
        tamperer.execute("ALTER TABLE documents DROP COLUMN item_counts")


def sealed_format(session: Session) -> str:
    keys = session.keys
    stored = session.connection.execute("SELECT value FROM meta WHERE key = 'head'").fetchone()
    plaintext = envelope.open_sealed(
        head._key(keys.master_key), stored[0], head._binding(keys.vault_id, keys.key_id)
    )
    return str(json.loads(plaintext)["format"])


def test_a_format_3_vault_opens_and_its_next_change_upgrades_it(
    session: Session, vault_path: Path
) -> None:
    document_id = with_items(session)
    as_format_3(vault_path, session)
    old = reopened(vault_path)  # migration 0004 adds the columns; the head is checked as 3
    assert sealed_format(old) == head.ITEMS_SUM_FORMAT
    assert [i.id for i in old.items(document_id, "proposal")] == ["p1", "p2"]
    assert old.item_counts(document_id, "proposal") == {"pending": 1, "accepted": 1}
    old.set_item_states(document_id, "proposal", {"p1": "rejected"}, "proposal.decide", {})
    assert sealed_format(old) == head.FORMAT
    upgraded = reopened(vault_path)
    assert [(i.id, i.state) for i in upgraded.items(document_id, "proposal")] == [
        ("p1", "rejected"), ("p2", "accepted")]  # fmt: skip
    assert verify_vault(Vault(vault_path, upgraded.connection), upgraded).ok
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM items WHERE id = 'p2'")
    with pytest.raises(VaultTampered, match=document_id):
        reopened(vault_path).items(document_id, "proposal")


def test_a_format_3_vault_is_still_checked_item_by_item_at_unlock(
    session: Session, vault_path: Path
) -> None:
    with_items(session)
    as_format_3(vault_path, session)
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM items WHERE id = 'p1'")
    with pytest.raises(VaultTampered, match="proposals or decisions"):
        reopened(vault_path)


def test_unlock_reads_no_item(session: Session, vault_path: Path) -> None:
    """Counted with SQLite's own statement trace: not one statement on the items table."""
    with_items(session)
    session.connection.close()
    vault = Vault.open(vault_path)
    statements: list[str] = []
    vault.connection.set_trace_callback(statements.append)
    vault.unlock("alice", PASSPHRASE)
    vault.connection.set_trace_callback(None)
    assert statements and not [s for s in statements if re.search(r"\bFROM\s+items\b", s)]


def test_sqlite_can_drop_columns_here() -> None:
    """as_format_3 needs ALTER TABLE ... DROP COLUMN (SQLite 3.35)."""
    assert sqlite3.sqlite_version_info >= (3, 35)


@pytest.mark.parametrize(
    ("row", "column", "version"),
    [("d2345678abc", "wrapped_key", 7), ("", "meta", 1), ("é", "x", 0)],
)
def test_the_listings_binding_encoder_matches_binding_encode(
    row: str, column: str, version: int
) -> None:
    vault_id = bytes(range(16))
    fast = table_encoder(vault_id, "documents")(row, column, version)
    assert fast == Binding(vault_id, "documents", row, column, version).encode()
