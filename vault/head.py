"""The sealed store head: a summary of the whole vault, sealed under the master key.

It is rewritten in the same transaction as every change and checked on unlock and at
the start of every change, so deleting a document row, flipping a document's state,
editing the editor list or the vault secrets, or cutting the audit chain is noticed
even where no single ciphertext was touched, and is never sealed into a new head.

Since format 4 the head covers the items only through each document row's keyed
items sum (see ``vault.items_mac``): unlock reads every document row but no item,
and each document's items are checked when they are read.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, fields
from typing import Any

from vault import audit, crypto, db, envelope
from vault.binding import Binding
from vault.errors import DecryptionFailed, VaultTampered
from vault.items_sum import ItemsSum, Row

FORMAT = "workstation-vault/4"
ITEMS_SUM_FORMAT = "workstation-vault/3"  # one LtHash over every item, re-hashed at unlock
SORTED_ITEMS_FORMAT = "workstation-vault/2"  # items_hash over the sorted rows (before 0.2)
LEGACY_FORMAT = "workstation-vault/1"  # before documents_hash and secrets_hash (0.1 development)
_HEAD_KEY_INFO = b"workstation/store-head-key/v1"


@dataclass(frozen=True)
class StoreHead:
    format: str
    vault_id: str
    key_id: int
    slots_hash: str
    audit_seq: int
    audit_hash: str
    documents: int
    documents_hash: str
    secrets_hash: str


_LEGACY_FIELDS = frozenset(
    ("format", "vault_id", "key_id", "slots_hash", "audit_seq", "audit_hash", "documents")
)
_FIELDS = frozenset(field.name for field in fields(StoreHead))
_ITEMS_SUM_FIELDS = _FIELDS | {"items_sum"}
_SORTED_ITEMS_FIELDS = _FIELDS | {"items_hash"}

# What each field covers, as named in the refusal.
_LABELS = (
    ("format", "format"),
    ("slots_hash", "editor key slots"),
    ("documents", "number of documents"),
    ("documents_hash", "documents' states or dates"),
    ("secrets_hash", "vault secrets"),
    ("items_hash", "documents' proposals or decisions"),
    ("items_sum", "documents' proposals or decisions"),
    ("audit_seq", "length of the audit log"),
    ("audit_hash", "last audit entry"),
)


def _hash_rows(rows: list[list[Any]]) -> str:
    return crypto.sha256(json.dumps(rows, separators=(",", ":")).encode()).hex()


def _typed(value: object) -> object:
    """A column value for hashing: a BLOB where text or a number belongs must not collide."""
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    return value


def slots_hash(connection: sqlite3.Connection) -> str:
    """A hash over every editor row, so slots cannot be added, removed or edited unseen."""
    rows = connection.execute(
        "SELECT id, name, state, created_at, signing_public, exchange_public, kdf_params,"
        " sealed_private, master_wrap FROM editors ORDER BY id"
    ).fetchall()
    return _hash_rows(
        [[value.hex() if isinstance(value, bytes) else value for value in row] for row in rows]
    )


_DOCUMENT_LINES = (
    "SELECT quote(id) || ',' || quote(state) || ',' || quote(size) || ',' || quote(received_at)"
    " || ',' || quote(shredded_at) || ',' || (wrapped_key IS NULL) || ',' || (meta IS NULL)"
    " || ',' || quote(items_sum) || ',' || quote(item_counts) || char(10)"
    " FROM documents ORDER BY rowid"
)
_DOCUMENTS_DOMAIN = b"workstation/documents-hash/v4\n"


def documents_hash(connection: sqlite3.Connection, *, with_items: bool = True) -> str:
    """A hash over the plaintext columns of every document row, in intake order.

    Covers id, state, size, received_at, shredded_at and whether the wrapped key and
    metadata are present, so marking a live document shredded, backdating it or changing
    its size is noticed; since format 4 (``with_items``) also each row's items sum and
    item counts, which pin the document's items. Format 4 hashes one line per row that
    SQLite writes itself (``quote()`` keeps text, numbers, BLOBs and NULL apart), so
    250,000 rows hash in a fraction of a second at unlock.
    """
    if with_items:
        lines = connection.execute(_DOCUMENT_LINES)
        return crypto.sha256_of(
            [_DOCUMENTS_DOMAIN, *(str(line).encode() for (line,) in lines)]
        ).hex()
    rows = connection.execute(
        "SELECT id, state, size, received_at, shredded_at, wrapped_key IS NULL, meta IS NULL"
        " FROM documents ORDER BY rowid"
    ).fetchall()
    return _hash_rows(
        [[*(_typed(value) for value in row[:5]), bool(row[5]), bool(row[6])] for row in rows]
    )


def secrets_hash(connection: sqlite3.Connection) -> str:
    """A hash over every vault secret's name and sealed bytes: none added, removed or replayed."""
    rows = connection.execute("SELECT name, sealed FROM secrets ORDER BY name").fetchall()
    return _hash_rows([[_typed(name), _typed(sealed)] for name, sealed in rows])


def sorted_items_hash(connection: sqlite3.Connection) -> str:
    """Format 2's hash over every document item, row by row in key order (still checked)."""
    rows = connection.execute(
        "SELECT document_id, kind, id, state, data FROM items ORDER BY document_id, kind, id"
    ).fetchall()
    return _hash_rows([[_typed(value) for value in row] for row in rows])


def items_sum(connection: sqlite3.Connection) -> ItemsSum:
    """Format 3's hash over every document item (still checked), computed from every row."""
    rows = connection.execute("SELECT document_id, kind, id, state, data FROM items")
    return ItemsSum.of([item_row(row, "an item") for row in rows])


def item_row(row: tuple[object, ...], what: str) -> Row:
    """A stored items row with the types the hash needs, or VaultTampered."""
    if not all(isinstance(value, str) for value in row[:4]):
        raise VaultTampered(f"{what} is stored with unexpected types")
    return (str(row[0]), str(row[1]), str(row[2]), str(row[3]), db.blob(row[4], what))


def current(connection: sqlite3.Connection, vault_id: bytes, key_id: int) -> StoreHead:
    """The head as the database says it should be right now (no item row is read)."""
    seq, hash_ = audit.head(connection)
    documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    return StoreHead(
        FORMAT,
        vault_id.hex(),
        key_id,
        slots_hash(connection),
        seq,
        hash_.hex(),
        int(documents),
        documents_hash(connection),
        secrets_hash(connection),
    )


def _compared_fields(sealed: dict[str, Any]) -> frozenset[str] | None:
    """The fields a sealed head of its format carries, or None for an unknown shape.

    Format 1 lacks documents_hash, secrets_hash and items; format 2 hashed the items
    row by row in key order (``items_hash``, absent before document items existed);
    format 3 holds their incremental sum (``items_sum``); format 4 covers them through
    the document rows.
    """
    shape, label = frozenset(sealed), sealed.get("format")
    known = {
        LEGACY_FORMAT: (_LEGACY_FIELDS,),
        SORTED_ITEMS_FORMAT: (_SORTED_ITEMS_FIELDS, _FIELDS),
        ITEMS_SUM_FORMAT: (_ITEMS_SUM_FIELDS,),
        FORMAT: (_FIELDS,),
    }
    return shape if isinstance(label, str) and shape in known.get(label, ()) else None


def _binding(vault_id: bytes, key_id: int) -> Binding:
    return Binding(vault_id, "meta", "head", "sealed", key_id)


def _key(master_key: bytes) -> bytes:
    return crypto.hkdf_sha256(master_key, None, _HEAD_KEY_INFO, crypto.KEY_BYTES)


def seal(
    connection: sqlite3.Connection, master_key: bytes, vault_id: bytes, key_id: int
) -> None:
    """Rewrite the sealed head; call inside the write transaction, after the change
    (and after each touched document's items sum was brought up to date)."""
    head = current(connection, vault_id, key_id)
    plaintext = json.dumps(asdict(head), sort_keys=True).encode()
    sealed = envelope.seal(_key(master_key), plaintext, _binding(vault_id, key_id))
    connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)", (sealed,))


def check(
    connection: sqlite3.Connection, master_key: bytes, vault_id: bytes, key_id: int
) -> str:
    """Compare the sealed head with the database; name the first thing that differs.

    The head and the state it describes are read in one snapshot (a read transaction),
    so a change another process commits meanwhile is not mistaken for tampering.
    Returns the head's format: before format 4 every item was re-hashed here, and the
    next change upgrades the vault.
    """
    own_snapshot = not connection.in_transaction
    if own_snapshot:
        connection.execute("BEGIN")
    try:
        return _check(connection, master_key, vault_id, key_id)
    finally:
        if own_snapshot:
            connection.execute("ROLLBACK")


def _check(
    connection: sqlite3.Connection, master_key: bytes, vault_id: bytes, key_id: int
) -> str:
    row = connection.execute("SELECT value FROM meta WHERE key = 'head'").fetchone()
    if row is None:
        raise VaultTampered("the vault's sealed head is missing")
    try:
        plaintext = envelope.open_sealed(
            _key(master_key), db.blob(row[0], "the sealed head"), _binding(vault_id, key_id)
        )
        sealed = json.loads(plaintext)
        if not isinstance(sealed, dict):
            raise TypeError("not an object")
    except (DecryptionFailed, ValueError, TypeError):
        raise VaultTampered("the vault's sealed head does not verify (it was altered)") from None
    actual = asdict(current(connection, vault_id, key_id))
    compared = _compared_fields(sealed)
    if compared is None:
        compared = frozenset({"format"})
        actual["format"] = None  # a head of another shape is of no format this code knows
    elif sealed["format"] != FORMAT:
        # An older head is checked on what it covers, every item included; the next
        # change reseals it in the current format.
        actual["format"] = sealed["format"]
        actual["documents_hash"] = documents_hash(connection, with_items=False)
        if "items_hash" in compared:
            actual["items_hash"] = sorted_items_hash(connection)
        if "items_sum" in compared:
            actual["items_sum"] = items_sum(connection).hexdigest()
    for field, label in _LABELS:
        if field in compared and sealed.get(field) != actual.get(field):
            raise VaultTampered(
                f"the vault was changed outside workstation: {label} differ from its sealed head"
            )
    return str(sealed["format"])
