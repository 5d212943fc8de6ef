"""An unlocked vault: every change runs in one transaction with its audit entry and new head.

``change()`` is the only way to write: it takes the write lock, lets the caller
modify rows, appends the signed audit entry, reseals the store head and commits,
so a crash at any point leaves either all of it or none of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault import audit, crypto, db, documents, envelope, head, keyslots, seen
from vault.binding import Binding
from vault.documents import DocumentInfo, KeyContext
from vault.errors import DecryptionFailed, EditorRuleViolation, UnknownEditor, VaultTampered
from vault.kdf import KdfParams, calibrated
from vault.keyslots import EditorKeys

Details = dict[str, str | int | bool | None]


@dataclass
class Change:
    """What a write transaction will record in the audit chain when it commits."""

    connection: sqlite3.Connection
    object_id: str | None
    details: Details


class Session:
    """The unlocked vault of one editor."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        keys: KeyContext,
        editor_id: str,
        editor_name: str,
        editor_keys: EditorKeys | None,
    ) -> None:
        self.path = path
        self.connection = connection
        self.keys = keys
        self.editor_id = editor_id
        self.editor_name = editor_name
        self._editor_keys = editor_keys
        self.warnings: list[str] = []

    @property
    def vault_id(self) -> bytes:
        return self.keys.vault_id

    @contextmanager
    def change(
        self, action: str, object_id: str | None = None, details: Details | None = None
    ) -> Iterator[Change]:
        """Run the caller's writes, audit them and reseal the head, atomically.

        The body may fill in ``object_id`` and ``details`` once it knows them (a new id).
        """
        with db.write_transaction(self.connection) as connection:
            pending = Change(connection, object_id, dict(details or {}))
            yield pending
            if self._editor_keys is None:
                raise EditorRuleViolation("no editor is unlocked")
            entry = audit.append(
                connection,
                self.vault_id,
                self.editor_id,
                self._editor_keys.signing_private,
                action,
                pending.object_id,
                pending.details,
            )
            head.seal(connection, self.keys.master_key, self.vault_id, self.keys.key_id)
        seen.remember(self.vault_id, entry.seq, entry.entry_hash)

    def record(self, action: str, object_id: str | None, details: Details) -> None:
        """An audit entry for an action that changes nothing else (e.g. a document was shown)."""
        with self.change(action, object_id, details):
            pass

    # Documents ---------------------------------------------------------------------------

    def add_document(
        self, meta: dict[str, Any], original: Iterable[bytes], text: str | None, details: Details
    ) -> DocumentInfo:
        """Store a document; ``details`` are the non-sensitive facts for the audit entry."""
        with self.change("document.intake", None, details) as pending:
            stored = documents.store(pending.connection, self.keys, meta, original, text)
            pending.object_id = stored.id
            pending.details["size"] = stored.size
        return stored

    def list_documents(self) -> list[DocumentInfo]:
        """Every document; one whose key or details fail to verify is listed as damaged."""
        listed = []
        for document_id in documents.all_ids(self.connection):
            try:
                listed.append(documents.info(self.connection, self.keys, document_id))
            except VaultTampered:
                listed.append(documents.damaged(self.connection, document_id))
        return listed

    def document(self, document_id: str) -> DocumentInfo:
        return documents.info(self.connection, self.keys, document_id)

    def read_text(self, document_id: str) -> str | None:
        return documents.read_text(self.connection, self.keys, document_id)

    def read_original(self, document_id: str) -> Iterator[bytes]:
        return documents.read_stream(self.connection, self.keys, document_id, documents.ORIGINAL)

    def shred(self, document_id: str) -> None:
        """Crypto-shred, then checkpoint the WAL so no copy of the old pages stays on disk."""
        size = self.document(document_id).size
        with self.change("document.shred", document_id, {"size": size}) as pending:
            documents.shred(pending.connection, document_id)
        db.scrub_journal(self.connection)

    # Vault-held secrets (e.g. the intake identity) ---------------------------------------

    def _secret_binding(self, name: str, key_id: int | None = None) -> Binding:
        return Binding(self.vault_id, "secrets", name, "sealed", key_id or self.keys.key_id)

    def put_secret(self, name: str, value: bytes) -> None:
        sealed = envelope.seal(self.keys.master_key, value, self._secret_binding(name))
        with self.change("secret.set", name) as pending:
            pending.connection.execute(
                "INSERT OR REPLACE INTO secrets (name, sealed) VALUES (?, ?)", (name, sealed)
            )

    def get_secret(self, name: str) -> bytes | None:
        row = self.connection.execute(
            "SELECT sealed FROM secrets WHERE name = ?", (name,)
        ).fetchone()
        if row is None:
            return None
        try:
            return envelope.open_sealed(
                self.keys.master_key,
                db.blob(row[0], f"the vault secret '{name}'"),
                self._secret_binding(name),
            )
        except DecryptionFailed:
            raise VaultTampered(f"the vault secret '{name}' does not verify (tampered)") from None

    # Editors -----------------------------------------------------------------------------

    def create_first_editor(self, name: str, passphrase: str, kdf: KdfParams) -> None:
        with self.change("vault.init") as pending:
            editor_id, keys = self._insert_editor(pending.connection, name, passphrase, kdf)
            self.editor_id, self.editor_name, self._editor_keys = editor_id, name, keys
            pending.object_id, pending.details = editor_id, {"editor": editor_id}

    def add_editor(self, name: str, passphrase: str) -> str:
        """A new editor with their own passphrase and keys; the master key is wrapped to them."""
        kdf = calibrated()
        with self.change("editor.add") as pending:
            editor_id, _ = self._insert_editor(pending.connection, name, passphrase, kdf)
            pending.object_id, pending.details = editor_id, {"editor": editor_id}
        return editor_id

    def _insert_editor(
        self, connection: sqlite3.Connection, name: str, passphrase: str, kdf: KdfParams
    ) -> tuple[str, EditorKeys]:
        _check_name(name)
        active = "SELECT 1 FROM editors WHERE name = ? AND state = 'active'"
        if connection.execute(active, (name,)).fetchone():
            raise EditorRuleViolation("an editor of that name already exists")
        editor_id = "e" + crypto.random_bytes(6).hex()
        keys = keyslots.new_editor_keys()
        slot = keyslots.seal_slot(keys, passphrase, kdf, self.vault_id, editor_id)
        wrap = keyslots.wrap_master(
            self.keys.master_key, keys.exchange_public, self.vault_id, editor_id, self.keys.key_id
        )
        connection.execute(
            "INSERT INTO editors (id, name, state, created_at, signing_public, exchange_public,"
            " kdf_params, sealed_private, master_wrap) VALUES (?, ?, 'active', ?, ?, ?, ?, ?, ?)",
            (
                editor_id,
                name,
                datetime.now(UTC).isoformat(timespec="seconds"),
                keys.signing_public,
                keys.exchange_public,
                kdf.to_json(),
                slot.sealed_private,
                wrap,
            ),
        )
        return editor_id, keys

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-seal this editor's private keys under a new passphrase (fresh salt, recalibrated)."""
        assert self._editor_keys is not None
        kdf = calibrated()
        slot = keyslots.seal_slot(
            self._editor_keys, new_passphrase, kdf, self.vault_id, self.editor_id
        )
        with self.change("editor.passwd", self.editor_id, {"editor": self.editor_id}) as pending:
            pending.connection.execute(
                "UPDATE editors SET kdf_params = ?, sealed_private = ? WHERE id = ?",
                (kdf.to_json(), slot.sealed_private, self.editor_id),
            )

    def remove_editor(self, name: str) -> str:
        """Remove an editor and rotate the master key, so their passphrase opens nothing new."""
        row = self.connection.execute(
            "SELECT id FROM editors WHERE name = ? AND state = 'active'", (name,)
        ).fetchone()
        if row is None:
            raise UnknownEditor(
                "no active editor of that name ('workstation editor list' shows them)"
            )
        active = self.connection.execute(
            "SELECT COUNT(*) FROM editors WHERE state = 'active'"
        ).fetchone()[0]
        if active <= 1:
            raise EditorRuleViolation(
                "cannot remove the last editor: the vault would be locked for good"
            )
        removed_id = str(row[0])
        with self.change("editor.remove", removed_id, {"editor": removed_id}) as pending:
            pending.connection.execute(
                "UPDATE editors SET state = 'removed', sealed_private = NULL, master_wrap = NULL"
                " WHERE id = ?",
                (removed_id,),
            )
            self._rotate_in(pending.connection)
        db.scrub_journal(self.connection)
        if removed_id == self.editor_id:
            self._editor_keys = None
        return removed_id

    def rotate_master_key(self) -> int:
        """A fresh master key: every document key, secret and editor wrap is redone."""
        with self.change("vault.rotate-key", None, {"key_id": self.keys.key_id + 1}) as pending:
            self._rotate_in(pending.connection)
        db.scrub_journal(self.connection)
        return self.keys.key_id

    def _rotate_in(self, connection: sqlite3.Connection) -> None:
        old = self.keys
        new = KeyContext(old.vault_id, crypto.random_bytes(crypto.KEY_BYTES), old.key_id + 1)
        documents.rewrap_all(connection, old, new)
        for name, sealed in connection.execute("SELECT name, sealed FROM secrets").fetchall():
            value = envelope.open_sealed(old.master_key, bytes(sealed), self._secret_binding(name))
            resealed = envelope.seal(new.master_key, value, self._secret_binding(name, new.key_id))
            connection.execute("UPDATE secrets SET sealed = ? WHERE name = ?", (resealed, name))
        editors = connection.execute(
            "SELECT id, exchange_public FROM editors WHERE state = 'active'"
        ).fetchall()
        for editor_id, exchange_public in editors:
            wrap = keyslots.wrap_master(
                new.master_key, bytes(exchange_public), old.vault_id, editor_id, new.key_id
            )
            connection.execute("UPDATE editors SET master_wrap = ? WHERE id = ?", (wrap, editor_id))
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'key_id'", (str(new.key_id).encode(),)
        )
        self.keys = new

    def signing_keys(self) -> tuple[bytes, bytes]:
        """(private, public) Ed25519 keys of the unlocked editor, for checkpoints and manifests."""
        if self._editor_keys is None:
            raise EditorRuleViolation("no editor is unlocked")
        return self._editor_keys.signing_private, self._editor_keys.signing_public


def _check_name(name: str) -> None:
    if not name or len(name) > 64 or not name.isprintable() or name.strip() != name:
        raise EditorRuleViolation("editor names are 1 to 64 printable characters, no outer spaces")
