"""Opening, creating and unlocking a vault file.

A locked ``Vault`` can list editors and read and verify the audit chain (which
holds no secrets). ``unlock`` runs one Argon2id derivation for the named editor
and returns a ``Session`` that can read and change everything.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault import audit, crypto, db, head, keyslots, schema, seen
from vault.documents import KeyContext
from vault.editors import (
    check_editor_name,
    insert_editor,
    new_editor_id,
    slot_changed_since_written,
    slot_digest,
)
from vault.errors import (
    UnknownEditor,
    VaultChanged,
    VaultError,
    VaultExists,
    VaultTampered,
    VaultWriteFailed,
    WrongPassphrase,
)
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
        self.vault_id, self.key_id = db.meta_identity(connection)
        self.warnings: list[str] = []

    @classmethod
    def open(cls, path: Path) -> Vault:
        connection = db.connect(path)
        try:
            schema.check_current(connection)
            schema.apply_migrations(connection)  # structural only: new, empty tables
            vault = cls(path, connection)
            seq, hash_ = audit.head(connection)
        except sqlite3.Error as error:
            connection.close()
            raise db.translate(error, path) from None
        except BaseException:
            connection.close()
            raise
        warning = seen.check(
            vault.vault_id, seq, hash_, functools.partial(audit.hash_at, connection)
        )
        if warning:
            vault.warnings.append(warning)
        # Finish a scrub an earlier shred or rotation could not (another window was
        # reading then); best effort and without waiting: nobody is told if it is busy.
        with suppress(VaultError, sqlite3.Error):
            db.scrub_journal(connection, attempts=1)
        return vault

    @classmethod
    def create(cls, path: Path, editor_name: str, passphrase: str) -> Session:
        """A new vault with its first editor, who is returned unlocked.

        Everything that can be refused or fail without the file (the name, the key
        derivation) runs first; the file is then created exclusively, filled in one
        transaction, and removed again if anything fails before that commits.
        """
        check_editor_name(editor_name)
        if path.exists() or path.is_symlink():
            raise VaultExists(f"a file already exists at {path}; choose another --vault path")
        kdf = calibrated()
        vault_id = crypto.random_bytes(16)
        keys = KeyContext(vault_id, crypto.random_bytes(crypto.KEY_BYTES), 1)
        editor_id = new_editor_id()
        editor_keys = keyslots.new_editor_keys()
        slot = keyslots.seal_slot(editor_keys, passphrase, kdf, vault_id, editor_id)
        wrap = keyslots.wrap_master(
            keys.master_key, editor_keys.exchange_public, vault_id, editor_id, keys.key_id
        )
        _create_empty_file(path)
        try:
            connection = db.connect(path, create=True)
        except BaseException:
            _remove_vault_files(path)
            raise
        try:
            with db.write_transaction(connection):
                schema.create_all(connection)
                created = datetime.now(UTC).isoformat(timespec="seconds")
                connection.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("vault_id", vault_id),
                        ("key_id", str(keys.key_id).encode()),
                        ("created_at", created.encode()),
                    ],
                )
                insert_editor(connection, editor_id, editor_name, editor_keys, slot, wrap)
                entry = audit.append(
                    connection,
                    vault_id,
                    editor_id,
                    editor_keys.signing_private,
                    "vault.init",
                    editor_id,
                    {"editor": editor_id, "slot": slot_digest(connection, editor_id)},
                )
                head.seal(connection, keys.master_key, vault_id, keys.key_id)
        except BaseException:
            connection.close()
            _remove_vault_files(path)
            raise
        seen.remember(
            vault_id, entry.seq, entry.entry_hash, functools.partial(audit.hash_at, connection)
        )
        return Session(path, connection, keys, editor_id, editor_name, editor_keys)

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
        """Open the named editor's slot (one KDF run) and the master key behind it.

        The key generation, the editor's copy of the master key and the sealed head are
        read in one snapshot after the key derivation, so a rotation another process
        commits meanwhile is followed rather than taken for tampering.
        """
        row = self._slot_row(editor_name)
        editor_id = row[0]
        what = f"editor {editor_name}: key slot"
        signing, exchange, sealed = (db.blob(value, what) for value in (*row[1:3], row[4]))
        slot = keyslots.SealedSlot(KdfParams.from_json(row[3]), sealed)
        try:
            keys = keyslots.open_slot(
                slot, passphrase, self.vault_id, editor_id, (signing, exchange)
            )
        except WrongPassphrase:
            if slot_changed_since_written(self.connection, editor_id):
                raise VaultTampered(
                    f"editor {editor_name}: key slot is damaged (it differs from the one the"
                    " audit log recorded); restore the vault from a backup"
                ) from None
            raise WrongPassphrase(f"editor {editor_name}: wrong passphrase") from None
        except VaultTampered as error:
            # Name the editor: "this editor" means nothing in a log or a script's output.
            raise VaultTampered(f"editor {editor_name}: {error}") from None
        self.connection.execute("BEGIN")
        try:
            _, key_id = db.meta_identity(self.connection)
            now = self._slot_row(editor_name)
            if now[0] != editor_id or now[2] != exchange:
                raise VaultChanged(
                    f"editor {editor_name}: the key slot was changed by another process"
                    " while unlocking; try again"
                )
            wrap = db.blob(now[5], what)
            try:
                master_key = keyslots.unwrap_master(wrap, keys, self.vault_id, editor_id, key_id)
            except VaultTampered as error:
                raise VaultTampered(f"editor {editor_name}: {error}") from None
            head_format = head.check(self.connection, master_key, self.vault_id, key_id)
            data_version = self.connection.execute("PRAGMA data_version").fetchone()[0]
            verified_head = audit.head(self.connection)
        finally:
            self.connection.execute("ROLLBACK")
        self.key_id = key_id
        context = KeyContext(self.vault_id, master_key, key_id)
        session = Session(self.path, self.connection, context, editor_id, editor_name, keys)
        session.start_from(int(data_version), head_format)
        session.warnings.extend(self.warnings)
        # The head is authenticated now: remember it (only ever forward) for rollback checks.
        lookup = functools.partial(audit.hash_at, self.connection)
        seen.remember(self.vault_id, *verified_head, lookup)
        return session

    def _slot_row(self, editor_name: str) -> tuple[Any, ...]:
        row = self.connection.execute(
            "SELECT id, signing_public, exchange_public, kdf_params, sealed_private, master_wrap"
            " FROM editors WHERE name = ? AND state = 'active'",
            (editor_name,),
        ).fetchone()
        if row is None:
            raise UnknownEditor(
                "no editor of that name in this vault ('workstation editor list' shows them)"
            )
        if row[4] is None or row[5] is None:
            raise VaultTampered(f"editor {editor_name}: key slot is incomplete (tampered)")
        return tuple(row)

    def audit_entries(self) -> Iterator[audit.AuditEntry]:
        return audit.entries(self.connection)

    def verify_audit(self) -> audit.ChainReport:
        """Check the chain with the public keys of every editor, past and present."""
        keys = {editor.id: editor.signing_public for editor in self.editors(include_removed=True)}
        return audit.verify(self.connection, self.vault_id, keys)

    def close(self) -> None:
        self.connection.close()


def _create_empty_file(path: Path) -> None:
    """Create the vault file exclusively (never open someone else's), owner-only from birth."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        raise VaultExists(f"a file already exists at {path}; choose another --vault path") from None
    except OSError as error:
        raise VaultWriteFailed(f"cannot create a vault at {path} ({error.strerror})") from None
    os.close(descriptor)


def _remove_vault_files(path: Path) -> None:
    """Remove a vault this process created but could not finish, with SQLite's side files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink()
