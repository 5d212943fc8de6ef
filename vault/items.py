"""Per-document items: small sealed records with a state, e.g. proposed redactions.

The vault does not know what an item means. It stores, for a document and a kind,
items with an id, a state (plaintext, so listings need no decryption) and sealed
data. The state is part of the associated data: flipping a stored "rejected" to
"accepted" by hand breaks the seal instead of silently changing a decision.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from vault import db, envelope
from vault.binding import Binding
from vault.errors import DecryptionFailed, VaultTampered

SCHEMA = """
CREATE TABLE items (
    document_id TEXT NOT NULL REFERENCES documents (id),
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    state TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (document_id, kind, id)
) WITHOUT ROWID
"""


@dataclass(frozen=True)
class Item:
    id: str
    state: str
    data: bytes


def binding(vault_id: bytes, document_id: str, kind: str, item: str, state: str) -> Binding:
    return Binding(vault_id, "items", f"{document_id}/{kind}/{item}", f"data:{state}")


def seal(key: bytes, vault_id: bytes, document_id: str, kind: str, item: Item) -> bytes:
    return envelope.seal(key, item.data, binding(vault_id, document_id, kind, item.id, item.state))


def replace_all(
    connection: sqlite3.Connection,
    key: bytes,
    vault_id: bytes,
    document_id: str,
    kind: str,
    items: Iterable[Item],
) -> int:
    """Replace every item of a kind for a document; returns how many were written."""
    connection.execute("DELETE FROM items WHERE document_id = ? AND kind = ?", (document_id, kind))
    rows = [
        (document_id, kind, item.id, item.state, seal(key, vault_id, document_id, kind, item))
        for item in items
    ]
    connection.executemany(
        "INSERT INTO items (document_id, kind, id, state, data) VALUES (?, ?, ?, ?, ?)", rows
    )
    return len(rows)


def put(
    connection: sqlite3.Connection,
    key: bytes,
    vault_id: bytes,
    document_id: str,
    kind: str,
    items: Iterable[Item],
) -> int:
    """Insert or update only the given items, leaving the others as they are.

    An upsert (not INSERT OR REPLACE, whose implicit delete fires no trigger), so the
    session's items sum sees the old row leave and the new one arrive.
    """
    rows = [
        (document_id, kind, item.id, item.state, seal(key, vault_id, document_id, kind, item))
        for item in items
    ]
    connection.executemany(
        "INSERT INTO items (document_id, kind, id, state, data) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (document_id, kind, id) DO UPDATE SET state = excluded.state,"
        " data = excluded.data",
        rows,
    )
    return len(rows)


def remove(connection: sqlite3.Connection, document_id: str, kind: str, ids: list[str]) -> None:
    """Delete some items of a document (e.g. an editor's own redaction, undone)."""
    connection.executemany(
        "DELETE FROM items WHERE document_id = ? AND kind = ? AND id = ?",
        [(document_id, kind, item_id) for item_id in ids],
    )


def set_state(
    connection: sqlite3.Connection,
    key: bytes,
    vault_id: bytes,
    document_id: str,
    kind: str,
    changes: dict[str, str],
) -> None:
    """Change the state of some items, re-sealing each under its new state."""
    for item_id, state in changes.items():
        current = read_one(connection, key, vault_id, document_id, kind, item_id)
        updated = Item(item_id, state, current.data)
        connection.execute(
            "UPDATE items SET state = ?, data = ? WHERE document_id = ? AND kind = ? AND id = ?",
            (state, seal(key, vault_id, document_id, kind, updated), document_id, kind, item_id),
        )


def read_one(
    connection: sqlite3.Connection,
    key: bytes,
    vault_id: bytes,
    document_id: str,
    kind: str,
    item_id: str,
) -> Item:
    row = connection.execute(
        "SELECT id, state, data FROM items WHERE document_id = ? AND kind = ? AND id = ?",
        (document_id, kind, item_id),
    ).fetchone()
    if row is None:
        raise VaultTampered(f"document {document_id}: no {kind} item {item_id}")
    return _open(key, vault_id, document_id, kind, row)


def read_all(
    connection: sqlite3.Connection, key: bytes, vault_id: bytes, document_id: str, kind: str
) -> list[Item]:
    rows = connection.execute(
        "SELECT id, state, data FROM items WHERE document_id = ? AND kind = ? ORDER BY id",
        (document_id, kind),
    ).fetchall()
    return [_open(key, vault_id, document_id, kind, row) for row in rows]


def _open(
    key: bytes, vault_id: bytes, document_id: str, kind: str, row: tuple[object, ...]
) -> Item:
    item_id, state = str(row[0]), str(row[1])
    sealed = db.blob(row[2], f"document {document_id}: {kind} {item_id}")
    try:
        data = envelope.open_sealed(
            key, sealed, binding(vault_id, document_id, kind, item_id, state)
        )
    except DecryptionFailed:
        raise VaultTampered(
            f"document {document_id}: {kind} {item_id} does not verify (its state or data "
            "was changed outside workstation)"
        ) from None
    return Item(item_id, state, data)


def state_counts(connection: sqlite3.Connection, document_id: str, kind: str) -> dict[str, int]:
    """How many items are in each state (plaintext: no key needed)."""
    rows = connection.execute(
        "SELECT state, COUNT(*) FROM items WHERE document_id = ? AND kind = ? GROUP BY state",
        (document_id, kind),
    )
    return {str(state): int(count) for state, count in rows}


def owners(connection: sqlite3.Connection, kind: str) -> dict[str, str]:
    """Item id to document id for every item of a kind on a live document."""
    rows = connection.execute(
        "SELECT items.id, items.document_id FROM items JOIN documents"
        " ON documents.id = items.document_id"
        " WHERE items.kind = ? AND documents.state != 'shredded'",
        (kind,),
    )
    return {str(item_id): str(document_id) for item_id, document_id in rows}
