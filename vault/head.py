"""The sealed store head: a summary of the whole vault, sealed under the master key.

It is rewritten in the same transaction as every change and checked on unlock, so
deleting a document row, editing the editor list or cutting the audit chain is
noticed even where no single ciphertext was touched.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass

from vault import audit, crypto, db, envelope
from vault.binding import Binding
from vault.errors import DecryptionFailed, VaultTampered

FORMAT = "workstation-vault/1"
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


def slots_hash(connection: sqlite3.Connection) -> str:
    """A hash over every editor row, so slots cannot be added, removed or edited unseen."""
    rows = connection.execute(
        "SELECT id, name, state, created_at, signing_public, exchange_public, kdf_params,"
        " sealed_private, master_wrap FROM editors ORDER BY id"
    ).fetchall()
    encoded = [
        [value.hex() if isinstance(value, bytes) else value for value in row] for row in rows
    ]
    return crypto.sha256(json.dumps(encoded, separators=(",", ":")).encode()).hex()


def current(connection: sqlite3.Connection, vault_id: bytes, key_id: int) -> StoreHead:
    """The head as the database says it should be right now."""
    seq, hash_ = audit.head(connection)
    documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    return StoreHead(
        FORMAT, vault_id.hex(), key_id, slots_hash(connection), seq, hash_.hex(), int(documents)
    )


def _binding(vault_id: bytes, key_id: int) -> Binding:
    return Binding(vault_id, "meta", "head", "sealed", key_id)


def _key(master_key: bytes) -> bytes:
    return crypto.hkdf_sha256(master_key, None, _HEAD_KEY_INFO, crypto.KEY_BYTES)


def seal(connection: sqlite3.Connection, master_key: bytes, vault_id: bytes, key_id: int) -> None:
    """Rewrite the sealed head; call inside the write transaction, after the change."""
    head = current(connection, vault_id, key_id)
    plaintext = json.dumps(asdict(head), sort_keys=True).encode()
    sealed = envelope.seal(_key(master_key), plaintext, _binding(vault_id, key_id))
    connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)", (sealed,))


def check(connection: sqlite3.Connection, master_key: bytes, vault_id: bytes, key_id: int) -> None:
    """Compare the sealed head with the database; name the first thing that differs.

    The head and the state it describes are read in one snapshot (a read transaction),
    so a change another process commits meanwhile is not mistaken for tampering.
    """
    own_snapshot = not connection.in_transaction
    if own_snapshot:
        connection.execute("BEGIN")
    try:
        _check(connection, master_key, vault_id, key_id)
    finally:
        if own_snapshot:
            connection.execute("ROLLBACK")


def _check(connection: sqlite3.Connection, master_key: bytes, vault_id: bytes, key_id: int) -> None:
    row = connection.execute("SELECT value FROM meta WHERE key = 'head'").fetchone()
    if row is None:
        raise VaultTampered("the vault's sealed head is missing")
    try:
        plaintext = envelope.open_sealed(
            _key(master_key), db.blob(row[0], "the sealed head"), _binding(vault_id, key_id)
        )
        sealed = StoreHead(**json.loads(plaintext))
    except (DecryptionFailed, ValueError, TypeError):
        raise VaultTampered("the vault's sealed head does not verify (it was altered)") from None
    actual = current(connection, vault_id, key_id)
    for field, label in (
        ("format", "format"),
        ("slots_hash", "editor key slots"),
        ("documents", "number of documents"),
        ("audit_seq", "length of the audit log"),
        ("audit_hash", "last audit entry"),
    ):
        if getattr(sealed, field) != getattr(actual, field):
            raise VaultTampered(
                f"the vault was changed outside workstation: {label} differ from its sealed head"
            )
