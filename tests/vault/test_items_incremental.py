"""Changing only some items, and the incremental sums that cover them.

A decision must not cost a pass over every item of the vault, yet every item must stay
covered: these tests check format 3's LtHash (still used to check older heads) against
an independent, lane-by-lane computation, and that every way of writing items (upsert,
replace, state change, shred) leaves a head a fresh unlock accepts and document sums
(format 4, tests/vault/test_item_sums.py) that match their rows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
from pathlib import Path

import pytest

from vault import head
from vault.errors import VaultTampered
from vault.items import Item
from vault.items_sum import ItemsSum
from vault.session import Session
from vault.store import Vault

PASSPHRASE = "orbit lantern cobalt meadow thistle"


def reference_digest(rows: list[tuple[str, str, str, str, bytes]]) -> str:
    """LtHash16 written the slow, obvious way: a list of 1024 lanes, each mod 2^16."""
    lanes = [0] * 1024
    for document_id, kind, item_id, state, data in rows:
        encoded = json.dumps([document_id, kind, item_id, state, {"blob": data.hex()}],
                             separators=(",", ":")).encode()
        expanded = hashlib.shake_128(b"workstation/items-row/v1\n" + encoded).digest(2048)
        for index, value in enumerate(struct.unpack("<1024H", expanded)):
            lanes[index] = (lanes[index] + value) % 65536
    packed = struct.pack("<1024H", *lanes)
    return hashlib.sha256(b"workstation/items-lthash16/v1\n" + packed).hexdigest()


ROWS = [("d1", "proposal", f"p{i}", "pending", bytes([i]) * 40) for i in range(20)]


def test_the_sum_matches_an_independent_lane_by_lane_computation() -> None:
    assert ItemsSum.of(ROWS).hexdigest() == reference_digest(ROWS)
    assert ItemsSum().hexdigest() == reference_digest([])


def test_removing_a_row_undoes_adding_it_and_order_does_not_matter() -> None:
    total = ItemsSum.of(ROWS)
    changed = ("d1", "proposal", "p3", "accepted", b"\x03" * 40)
    updated = total.remove(ROWS[3]).add(changed)
    assert updated.hexdigest() == reference_digest([*ROWS[:3], changed, *ROWS[4:]])
    assert ItemsSum.of(list(reversed(ROWS))) == total
    assert updated.remove(changed).add(ROWS[3]) == total


def document_with_items(session: Session, count: int) -> str:
    document = session.add_document({"name": "a.txt", "kind": "txt"}, [b"x"], "x", {})
    session.replace_items(document.id, "proposal",
                          [Item(f"p{i:03d}", "pending", b'{"n":%d}' % i) for i in range(count)],
                          "document.scan", {"proposals": count})
    return document.id


def test_put_items_changes_only_the_given_items(session: Session) -> None:
    document_id = document_with_items(session, 5)
    session.put_items(document_id, "proposal",
                      [Item("p001", "accepted", b'{"n":1,"by":"editor"}'),
                       Item("m1", "accepted", b'{"manual":true}')],
                      "proposal.decide", {"count": 2})
    stored = {i.id: (i.state, i.data) for i in session.items(document_id, "proposal")}
    assert stored["p001"] == ("accepted", b'{"n":1,"by":"editor"}')
    assert stored["m1"] == ("accepted", b'{"manual":true}')
    assert stored["p000"] == ("pending", b'{"n":0}') and len(stored) == 6
    actions = [entry.action for entry in Vault.open(session.path).audit_entries()]
    assert actions[-1] == "proposal.decide"


def test_every_kind_of_item_write_leaves_a_head_that_a_fresh_unlock_accepts(
    session: Session, vault_path: Path
) -> None:
    document_id = document_with_items(session, 30)
    session.put_items(document_id, "proposal", [Item("p002", "rejected", b"{}")], "d", {})
    session.set_item_states(document_id, "proposal", {"p003": "accepted"}, "d", {})
    other = document_with_items(session, 3)
    session.shred(other)
    reopened = Vault.open(vault_path).unlock("alice", PASSPHRASE)
    with sqlite3.connect(vault_path) as connection:
        rows = connection.execute("SELECT document_id, kind, id, state, data FROM items").fetchall()
    assert head.items_sum(reopened.connection).hexdigest() == reference_digest(rows)  # format 3
    assert len(rows) == 30
    reopened.check_items(document_id)  # format 4: the document's own sum matches its rows
    reopened.check_items(other)


def test_a_row_changed_by_another_connection_is_refused_at_the_next_change(
    session: Session, vault_path: Path
) -> None:
    document_id = document_with_items(session, 3)
    session.put_items(document_id, "proposal", [Item("p000", "accepted", b"{}")], "d", {})
    with sqlite3.connect(vault_path) as connection:
        connection.execute("DELETE FROM items WHERE id = 'p001'")
    with pytest.raises(VaultTampered, match="proposals or decisions"):
        session.put_items(document_id, "proposal", [Item("p002", "accepted", b"{}")], "d", {})


def test_a_change_that_fails_leaves_the_tracked_sum_as_it_was(session: Session) -> None:
    document_id = document_with_items(session, 3)
    with pytest.raises(RuntimeError), session.change("d", document_id) as pending:
        pending.connection.execute("DELETE FROM items WHERE id = 'p000'")
        raise RuntimeError("the caller failed half-way")
    session.put_items(document_id, "proposal", [Item("p001", "accepted", b"{}")], "d", {})
    Vault.open(session.path).unlock("alice", PASSPHRASE)  # the head still matches the rows
    assert len(session.items(document_id, "proposal")) == 3


def test_put_items_can_remove_items_and_the_head_still_verifies(session: Session) -> None:
    document_id = document_with_items(session, 4)
    session.put_items(document_id, "proposal", [], "undo", {}, removed=["p001", "p002"])
    assert [i.id for i in session.items(document_id, "proposal")] == ["p000", "p003"]
    Vault.open(session.path).unlock("alice", PASSPHRASE)
