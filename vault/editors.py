"""Editors' rows: adding one, a new passphrase, removal, and the master key's wraps.

Every function here runs inside a write transaction the caller holds
(``Session.change()``, or ``Vault.create`` for the first editor); the session keeps
the transaction, the audit entry, its own keys and the journal scrub. Each editor's
row holds their public keys, their private keys sealed under their passphrase (the
slot) and the master key wrapped to their X25519 key, so any unlocked editor can wrap a
new master key for every other one (see ``keyslots``).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from vault import audit, crypto, db, keyslots
from vault.documents import KeyContext
from vault.errors import EditorRuleViolation, UnknownEditor
from vault.kdf import KdfParams
from vault.keyslots import EditorKeys, SealedSlot


def check_editor_name(name: str) -> None:
    if not name or len(name) > 64 or not name.isprintable() or name.strip() != name:
        raise EditorRuleViolation("editor names are 1 to 64 printable characters, no outer spaces")


def new_editor_id() -> str:
    return "e" + crypto.random_bytes(6).hex()


def insert_editor(
    connection: sqlite3.Connection,
    editor_id: str,
    name: str,
    keys: EditorKeys,
    slot: SealedSlot,
    wrap: bytes,
    state: str = "active",
) -> None:
    """Write an editor's row: public keys, the sealed slot and their master-key wrap."""
    connection.execute(
        "INSERT INTO editors (id, name, state, created_at, signing_public, exchange_public,"
        " kdf_params, sealed_private, master_wrap) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            editor_id,
            name,
            state,
            datetime.now(UTC).isoformat(timespec="seconds"),
            keys.signing_public,
            keys.exchange_public,
            slot.kdf.to_json(),
            slot.sealed_private,
            wrap,
        ),
    )


def add_editor(
    connection: sqlite3.Connection,
    keys: KeyContext,
    name: str,
    passphrase: str,
    kdf: KdfParams,
    confirmations_needed: int = 1,
) -> str:
    """A new editor with fresh keys, sealed under their passphrase; returns the id.

    The adder counts as one confirmation; when more are needed the editor is ``pending``
    (cannot unlock, approves nothing) until other active editors confirm them."""
    active = "SELECT 1 FROM editors WHERE name = ? AND state IN ('active', 'pending')"
    if connection.execute(active, (name,)).fetchone():
        raise EditorRuleViolation("an editor of that name already exists")
    editor_id = new_editor_id()
    editor_keys = keyslots.new_editor_keys()
    slot = keyslots.seal_slot(editor_keys, passphrase, kdf, keys.vault_id, editor_id)
    wrap = keyslots.wrap_master(
        keys.master_key, editor_keys.exchange_public, keys.vault_id, editor_id, keys.key_id
    )
    state = "pending" if confirmations_needed > 1 else "active"
    insert_editor(connection, editor_id, name, editor_keys, slot, wrap, state)
    return editor_id


def slot_digest(connection: sqlite3.Connection, editor_id: str) -> str:
    """A check of an editor's key slot that needs no passphrase, recorded in the public
    details of the audit entry that wrote the slot: an edited slot is then told apart
    from a wrong passphrase (both fail the same AEAD tag)."""
    row = connection.execute(
        "SELECT kdf_params, sealed_private FROM editors WHERE id = ?", (editor_id,)
    ).fetchone()
    if row is None or row[1] is None:
        return ""
    sealed = row[1] if isinstance(row[1], bytes) else str(row[1]).encode()
    return crypto.sha256(str(row[0]).encode() + b"\n" + sealed).hex()[:32]


def slot_changed_since_written(connection: sqlite3.Connection, editor_id: str) -> bool:
    """True when the slot differs from the digest the last audit entry that wrote it
    recorded (False when no entry recorded one: vaults before 0.3)."""
    recorded = ""
    for entry in audit.entries(connection):
        digest = entry.details.get("slot")
        if entry.details.get("editor") == editor_id and isinstance(digest, str):
            recorded = digest
    return bool(recorded) and recorded != slot_digest(connection, editor_id)


def pending_editor_id(connection: sqlite3.Connection, name: str) -> str:
    row = connection.execute(
        "SELECT id FROM editors WHERE name = ? AND state = 'pending'", (name,)
    ).fetchone()
    if row is None:
        raise UnknownEditor("no pending editor of that name ('workstation editor list' shows them)")
    return str(row[0])


def activate(connection: sqlite3.Connection, keys: KeyContext, editor_id: str) -> None:
    """A confirmed editor becomes active, with the current master key wrapped to them
    (a rotation while they were pending wrapped it only to active editors)."""
    exchange_public = connection.execute(
        "SELECT exchange_public FROM editors WHERE id = ?", (editor_id,)
    ).fetchone()[0]
    wrap = _master_wrap(keys, editor_id, exchange_public)
    connection.execute(
        "UPDATE editors SET state = 'active', master_wrap = ? WHERE id = ? AND state = 'pending'",
        (wrap, editor_id),
    )


def keys_for_new_passphrase(
    current: EditorKeys, passphrase: str, kdf: KdfParams, vault_id: bytes, editor_id: str
) -> tuple[EditorKeys, SealedSlot]:
    """A new X25519 key pair, sealed with the signing key under the new passphrase.

    The Ed25519 signing key is kept: the audit entries the editor signed must keep
    verifying. Sealing (Argon2id) is slow, so this runs before the write lock is taken.
    """
    exchange_private, exchange_public = crypto.new_exchange_key()
    new_keys = EditorKeys(
        current.signing_private, current.signing_public, exchange_private, exchange_public
    )
    return new_keys, keyslots.seal_slot(new_keys, passphrase, kdf, vault_id, editor_id)


def store_new_passphrase(
    connection: sqlite3.Connection, editor_id: str, keys: EditorKeys, slot: SealedSlot
) -> None:
    """The editor's new slot and X25519 public key; the caller then rotates the master key."""
    connection.execute(
        "UPDATE editors SET kdf_params = ?, sealed_private = ?, exchange_public = ?"
        " WHERE id = ? AND state = 'active'",
        (slot.kdf.to_json(), slot.sealed_private, keys.exchange_public, editor_id),
    )


def mark_removed(connection: sqlite3.Connection, name: str) -> str:
    """Remove an active or pending editor's slot and wrap (never the last active editor);
    returns their id.

    The row stays, with its signing key, so the entries they signed keep verifying; the
    caller rotates the master key so nothing written afterwards opens for them.
    """
    row = connection.execute(
        "SELECT id, state FROM editors WHERE name = ? AND state IN ('active', 'pending')", (name,)
    ).fetchone()
    if row is None:
        raise UnknownEditor("no active editor of that name ('workstation editor list' shows them)")
    active = connection.execute("SELECT COUNT(*) FROM editors WHERE state = 'active'").fetchone()[0]
    if row[1] == "active" and active <= 1:
        raise EditorRuleViolation(
            "cannot remove the last editor: the vault would be locked for good"
        )
    removed_id = str(row[0])
    connection.execute(
        "UPDATE editors SET state = 'removed', sealed_private = NULL, master_wrap = NULL"
        " WHERE id = ?",
        (removed_id,),
    )
    return removed_id


def wrap_master_for_active(connection: sqlite3.Connection, keys: KeyContext) -> None:
    """Wrap the (new) master key to every active editor's X25519 public key."""
    editors = connection.execute(
        "SELECT id, exchange_public FROM editors WHERE state = 'active'"
    ).fetchall()
    for editor_id, exchange_public in editors:
        wrap = _master_wrap(keys, editor_id, exchange_public)
        connection.execute("UPDATE editors SET master_wrap = ? WHERE id = ?", (wrap, editor_id))


def _master_wrap(keys: KeyContext, editor_id: str, exchange_public: object) -> bytes:
    """The current master key wrapped to one editor's X25519 public key."""
    return keyslots.wrap_master(
        keys.master_key,
        db.blob(exchange_public, f"editor {editor_id}: public key"),
        keys.vault_id,
        editor_id,
        keys.key_id,
    )
