"""Opening, creating and unlocking a vault file.

A locked ``Vault`` can list editors and read and verify the audit chain (which
holds no secrets). ``unlock`` runs one Argon2id derivation for the named editor
and returns a ``Session`` that can read and change everything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from vault import audit, crypto, db, head, keyslots, schema, seen
from vault.documents import KeyContext
from vault.errors import UnknownEditor, VaultCorrupt, VaultExists, VaultTampered, WrongPassphrase
from vault.kdf import KdfParams, calibrated
from vault.session import Session


@dataclass(frozen=True)
class EditorRecord:
    """An editor as stored: public data only."""

    id: str
    name: str
    state: str
    created_at: str
    signing_public: bytes
    kdf: KdfParams

    @property
    def fingerprint(self) -> str:
        """Short, stable id of the signing key, for people comparing keys by eye."""
        return crypto.sha256(self.signing_public).hex()[:16]


class Vault:
    """A vault file opened but not unlocked."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self.vault_id, self.key_id = _read_identity(connection)
        self.warnings: list[str] = []

    @classmethod
    def open(cls, path: Path) -> Vault:
        connection = db.connect(path)
        try:
            schema.check_current(connection)
            vault = cls(path, connection)
            seq, hash_ = audit.head(connection)
        except sqlite3.Error as error:
            connection.close()
            raise db.translate(error, path) from None
        except BaseException:
            connection.close()
            raise
        warning = seen.check(vault.vault_id, seq, hash_)
        if warning:
            vault.warnings.append(warning)
        return vault

    @classmethod
    def create(cls, path: Path, editor_name: str, passphrase: str) -> Session:
        """A new vault with its first editor, who is returned unlocked."""
        if path.exists():
            raise VaultExists(f"a file already exists at {path}; choose another --vault path")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        kdf = calibrated()
        connection = db.connect(path, create=True)
        path.chmod(0o600)
        schema.apply_migrations(connection)
        vault_id = crypto.random_bytes(16)
        master_key = crypto.random_bytes(crypto.KEY_BYTES)
        with db.write_transaction(connection):
            created = datetime.now(UTC).isoformat(timespec="seconds")
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("vault_id", vault_id), ("key_id", b"1"), ("created_at", created.encode())],
            )
        vault = cls(path, connection)
        session = Session(vault.path, connection, KeyContext(vault_id, master_key, 1), "", "", None)
        session.create_first_editor(editor_name, passphrase, kdf)
        return session

    def editors(self, *, include_removed: bool = False) -> list[EditorRecord]:
        query = "SELECT id, name, state, created_at, signing_public, kdf_params FROM editors"
        if not include_removed:
            query += " WHERE state = 'active'"
        rows = self.connection.execute(query + " ORDER BY created_at, name").fetchall()
        return [
            EditorRecord(r[0], r[1], r[2], r[3], bytes(r[4]), KdfParams.from_json(r[5]))
            for r in rows
        ]

    def unlock(self, editor_name: str, passphrase: str) -> Session:
        """Open the named editor's slot (one KDF run) and the master key behind it."""
        row = self.connection.execute(
            "SELECT id, signing_public, exchange_public, kdf_params, sealed_private, master_wrap"
            " FROM editors WHERE name = ? AND state = 'active'",
            (editor_name,),
        ).fetchone()
        if row is None:
            raise UnknownEditor(
                "no editor of that name in this vault ('workstation editor list' shows them)"
            )
        editor_id = row[0]
        if row[4] is None or row[5] is None:
            raise VaultTampered(f"editor {editor_name}: key slot is incomplete (tampered)")
        what = f"editor {editor_name}: key slot"
        signing, exchange, sealed, wrap = (db.blob(value, what) for value in (*row[1:3], *row[4:6]))
        slot = keyslots.SealedSlot(KdfParams.from_json(row[3]), sealed)
        try:
            keys = keyslots.open_slot(
                slot, passphrase, self.vault_id, editor_id, (signing, exchange)
            )
            master_key = keyslots.unwrap_master(wrap, keys, self.vault_id, editor_id, self.key_id)
        except (WrongPassphrase, VaultTampered) as error:
            # Name the editor: "this editor" means nothing in a log or a script's output.
            raise type(error)(f"editor {editor_name}: {error}") from None
        context = KeyContext(self.vault_id, master_key, self.key_id)
        head.check(self.connection, master_key, self.vault_id, self.key_id)
        session = Session(self.path, self.connection, context, editor_id, editor_name, keys)
        session.warnings.extend(self.warnings)
        if not self.warnings:  # the head is authenticated now: remember it for rollback checks
            seen.remember(self.vault_id, *audit.head(self.connection))
        return session

    def audit_entries(self) -> Iterator[audit.AuditEntry]:
        return audit.entries(self.connection)

    def verify_audit(self) -> audit.ChainReport:
        """Check the chain with the public keys of every editor, past and present."""
        keys = {editor.id: editor.signing_public for editor in self.editors(include_removed=True)}
        return audit.verify(self.connection, self.vault_id, keys)

    def close(self) -> None:
        self.connection.close()


def _read_identity(connection: sqlite3.Connection) -> tuple[bytes, int]:
    rows = dict(
        connection.execute("SELECT key, value FROM meta WHERE key IN ('vault_id', 'key_id')")
    )
    try:
        return bytes(rows["vault_id"]), int(bytes(rows["key_id"]).decode())
    except (KeyError, ValueError):
        raise VaultCorrupt(
            "this vault is missing its identity record (damaged or not a vault)"
        ) from None
