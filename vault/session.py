"""An unlocked vault: every change runs in one transaction with its audit entry and new head.

``change()`` is the only way to write: it takes the write lock, follows a key rotation
another process may have committed since unlock, checks the sealed head against the
rows as they are now (so nothing changed behind the session's back is sealed into a new
head), lets the caller modify rows, appends the signed audit entry, reseals the store
head and commits, so a crash at any point leaves either all of it or none of it.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from vault import (
    audit,
    crypto,
    db,
    documents,
    editors,
    envelope,
    head,
    hiding,
    items,
    items_mac,
    keyslots,
    listing_snapshot,
    seen,
)
from vault.binding import Binding
from vault.documents import DocumentInfo, KeyContext
from vault.errors import (
    DecryptionFailed,
    EditorRuleViolation,
    VaultChanged,
    VaultRolledBack,
    VaultTampered,
)
from vault.items import Item
from vault.kdf import calibrated
from vault.keyslots import EditorKeys

if TYPE_CHECKING:
    from pathlib import Path

Details = dict[str, str | int | bool | None]

CHANGED_ELSEWHERE = (
    "the vault was changed by another process (key rotation or editor removal); unlock again"
)
KEYS_IN_JOURNAL = (
    "warning: the replaced keys stay in the vault's journal file until the other workstation"
    " windows on this vault are closed"
)


def shred_in_journal(document_id: str) -> str:
    return (
        f"warning: document {document_id} is shredded, but its old encrypted bytes stay in the"
        " vault's journal file until the other workstation windows on this vault are closed"
    )


@dataclass
class Change:
    """What a write transaction will record in the audit chain when it commits.

    ``keys`` are the master key and generation the head is sealed under; a rotation
    replaces them here, and the session adopts them only once the transaction commits.
    """

    connection: sqlite3.Connection
    object_id: str | None
    details: Details
    keys: KeyContext


@dataclass
class _Batch:
    """An open batch: the keys its changes run under, and the last audit entry made."""

    keys: KeyContext
    last_entry: audit.AuditEntry | None = None
    legacy: bool = False
    """The head predates item sums: they are rebuilt once when the batch ends."""


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
        # Set when the last shred, rotation, removal or passphrase change could not clear
        # the journal (another connection is reading): one line to show the user.
        self.scrub_pending: str | None = None
        # The connection's data_version when the sealed head was last checked or sealed,
        # and that head's format: while no other connection commits, the next change need
        # not check it again (see _follow); before format 4 every item was checked with it.
        self._verified: tuple[int, str] | None = None
        # Documents whose items were checked against their sums at data_version [0].
        self._items_checked: tuple[int, set[str]] = (-1, set())
        # During a change: what the written item rows add to and take from each
        # document's sum, fed by triggers on the items table.
        self._tally: items_mac.Tally | None = None
        # A row of unexpected types went through the triggers: refuse the change.
        self._odd_item: str | None = None
        # The vault's hiding secret (keyed ids, sealed audit details), once read or created.
        self._hiding: bytes | None = None
        # Set only by accept_rollback: the one change allowed on a vault that went back.
        self._accepting_rollback = False
        # Inside batch(): the open transaction that nested changes join.
        self._batch: _Batch | None = None
        # Listing snapshot segments a listing found out of date: the next change re-seals them.
        self._stale_listing: set[int] = set()
        _track_items(connection, self)
        listing_snapshot.track(connection)

    @property
    def _legacy_head(self) -> bool:
        """The head last checked is not of the current format (or none was checked): its
        items are covered by a re-hash at the check, not by per-document sums."""
        return self._verified is None or self._verified[1] != head.FORMAT

    @property
    def vault_id(self) -> bytes:
        return self.keys.vault_id

    @contextmanager
    def change(
        self, action: str, object_id: str | None = None, details: Details | None = None
    ) -> Iterator[Change]:
        """Run the caller's writes, audit them and reseal the head, atomically.

        The body may fill in ``object_id`` and ``details`` once it knows them (a new id).
        Before the body runs, the session follows a rotation committed by another process
        (or refuses with VaultChanged) and checks the sealed head against the current rows.
        """
        if self._editor_keys is None:
            raise EditorRuleViolation("no editor is unlocked")
        if self._batch is not None:
            with self._joined(self._batch, action, object_id, details) as pending:
                yield pending
            return
        signing_private = self._editor_keys.signing_private
        try:
            with db.write_transaction(self.connection) as connection:
                self._follow(connection)
                self._refuse_if_rolled_back(connection)
                start_keys = self.keys
                self._tally = items_mac.Tally(items_mac.key(start_keys.master_key))
                self._odd_item = None
                pending = Change(connection, object_id, dict(details or {}), self.keys)
                yield pending
                self._settle_items(connection, start_keys, pending.keys)
                self._settle_listing(connection, pending.keys, start_keys.key_id)
                stored, created = self._stored_details(connection, pending)
                entry = audit.append(
                    connection,
                    self.vault_id,
                    self.editor_id,
                    signing_private,
                    action,
                    pending.object_id,
                    stored,
                )
                head.seal(connection, pending.keys.master_key, self.vault_id, pending.keys.key_id)
                version = _data_version(connection)
        finally:
            self._tally = None
        self._verified = (version, head.FORMAT)
        self.keys = pending.keys  # only now: a rotation that rolled back changes nothing
        self._hiding = created or self._hiding
        seen.remember(
            self.vault_id,
            entry.seq,
            entry.entry_hash,
            functools.partial(audit.hash_at, self.connection),
            accept=self._accepting_rollback,
        )
        if self.scrub_pending is not None and db.scrub_journal(self.connection, attempts=1):
            self.scrub_pending = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run many changes as one transaction: one commit and one head seal for all.

        Each change inside still gets its own signed audit entry and runs in a savepoint
        of its own, so one that fails is undone alone and the others stay; the whole
        batch commits when the block ends (or none of it, if the block raises). Bulk
        intake and scanning use it: a commit re-hashes every document row, so a leak's
        worth of single-document commits would grow with the vault. A rotation is not
        allowed inside (it must be its own transaction). Each change's items are added to
        their documents' sums inside its own savepoint, so an undone change takes its
        part of the sums with it.
        """
        if self._editor_keys is None:
            raise EditorRuleViolation("no editor is unlocked")
        if self._batch is not None:  # already in one: the outer batch commits
            yield
            return
        hiding_before = self._hiding
        batch = _Batch(self.keys)
        try:
            with db.write_transaction(self.connection) as connection:
                self._follow(connection)
                self._refuse_if_rolled_back(connection)
                batch.keys = self.keys
                batch.legacy = self._legacy_head
                self._batch = batch
                yield
                self._batch = None
                if batch.last_entry is not None:
                    if batch.legacy:  # an older head: every item was checked at the start
                        items_key = items_mac.key(self.keys.master_key)
                        items_mac.rebuild(connection, items_key, checked_with=None)
                    self._settle_listing(connection, self.keys, self.keys.key_id)
                    head.seal(connection, self.keys.master_key, self.vault_id, self.keys.key_id)
                version = _data_version(connection)
        except BaseException:
            self._hiding = hiding_before  # a secret created in the batch was never stored
            raise
        finally:
            self._batch = None
            self._tally = None
        if batch.last_entry is not None:
            self._verified = (version, head.FORMAT)
            seen.remember(
                self.vault_id,
                batch.last_entry.seq,
                batch.last_entry.entry_hash,
                functools.partial(audit.hash_at, self.connection),
                accept=self._accepting_rollback,
            )

    @contextmanager
    def _joined(
        self, batch: _Batch, action: str, object_id: str | None, details: Details | None
    ) -> Iterator[Change]:
        """One change inside a batch: a savepoint, its writes, its sums, its audit entry."""
        assert self._editor_keys is not None  # checked by change()
        connection = self.connection
        pending = Change(connection, object_id, dict(details or {}), batch.keys)
        connection.execute("SAVEPOINT workstation_change")
        self._tally = items_mac.Tally(items_mac.key(batch.keys.master_key))
        self._odd_item = None
        try:
            yield pending
            if pending.keys is not batch.keys:
                raise EditorRuleViolation("a key rotation cannot run inside a batch")
            tally, self._tally = self._tally, None
            if self._odd_item is not None:
                raise VaultTampered(f"{self._odd_item} is stored with unexpected types")
            if tally is not None and not batch.legacy:
                tally.flush(connection)
            stored, created = self._stored_details(connection, pending)
            entry = audit.append(
                connection,
                self.vault_id,
                self.editor_id,
                self._editor_keys.signing_private,
                action,
                pending.object_id,
                stored,
            )
        except BaseException:
            self._tally = None
            connection.execute("ROLLBACK TO workstation_change")
            connection.execute("RELEASE workstation_change")
            raise
        connection.execute("RELEASE workstation_change")
        self._hiding = created or self._hiding
        batch.last_entry = entry

    def _settle_items(
        self, connection: sqlite3.Connection, start: KeyContext, end: KeyContext
    ) -> None:
        """Bring each touched document's items sum up to date before the head is sealed.

        Normally from the tally (the rows written, never the rows as they are, so a sum
        that disagrees with its rows keeps disagreeing). After a rotation the new key
        re-sums everything, each document first checked under the old key; a vault
        whose head predates format 4 (every item checked at the start of this change)
        gets its first sums now.
        """
        tally, self._tally = self._tally, None
        if self._odd_item is not None:
            raise VaultTampered(f"{self._odd_item} is stored with unexpected types")
        legacy = self._legacy_head
        if tally is not None and not legacy:
            tally.flush(connection)
        if legacy or end.key_id != start.key_id:
            old_key = None if legacy else items_mac.key(start.master_key)
            items_mac.rebuild(connection, items_mac.key(end.master_key), checked_with=old_key)

    def _settle_listing(
        self, connection: sqlite3.Connection, keys: KeyContext, start_key_id: int
    ) -> None:
        """Re-seal the listing snapshot's segments whose rows this change wrote (all of
        them after a rotation), those missing and those a listing found out of date."""
        segments = listing_snapshot.segments_to_write(connection, every=keys.key_id != start_key_id)
        documents.reseal_listing(connection, keys, segments | self._stale_listing)
        listing_snapshot.clear_dirty(connection)
        self._stale_listing = set()

    def _check_items(self, document_id: str) -> None:
        """Refuse a document whose item rows differ from the sum sealed with it; once per
        document while no other connection commits (then the sealed head, too, is
        checked again: the sums may have changed with it)."""
        version = _data_version(self.connection)
        verified = self._verified
        if (verified is None or verified[0] != version) and not self.connection.in_transaction:
            self.connection.execute("BEGIN")
            try:
                self._follow(self.connection)
            finally:
                self.connection.execute("ROLLBACK")
        if self._legacy_head:
            return  # an older head: unlock or the last check re-hashed every item
        checked_at, checked = self._items_checked
        if checked_at != version:
            checked = set()
            self._items_checked = (version, checked)
        if document_id not in checked:
            self._compare_items(document_id)
            checked.add(document_id)

    def check_items(self, document_id: str) -> None:
        """Re-sum the document's items now and compare (``vault verify``); raises
        VaultTampered, naming an item whose seal fails where one does."""
        self.refresh()
        if self._verified is not None and self._verified[1] != head.FORMAT:
            return  # an older head: unlock re-hashed every item against it
        self._compare_items(document_id)

    def _compare_items(self, document_id: str) -> None:
        """Re-sum the document's items and compare with its sealed sum; on a mismatch,
        name an item whose own seal fails where one does, else raise the mismatch."""
        try:
            items_mac.check(self.connection, items_mac.key(self.keys.master_key), document_id)
        except VaultTampered:
            self._name_broken_item(document_id)
            raise

    def _name_broken_item(self, document_id: str) -> None:
        """Raise the error of an item whose own seal fails (it names the item), if any;
        what opens is dropped unread."""
        key = documents.data_key(self.connection, self.keys, document_id)
        kinds = self.connection.execute(
            "SELECT DISTINCT kind FROM items WHERE document_id = ?", (document_id,)
        ).fetchall()
        for (kind,) in kinds:
            items.read_all(self.connection, key, self.vault_id, document_id, str(kind))

    def _refuse_if_rolled_back(self, connection: sqlite3.Connection) -> None:
        """No change on a vault whose log lacks the head this workstation saw, until an
        editor accepts it: a write would otherwise re-base the memory and hide it."""
        if self._accepting_rollback:
            return
        seq, hash_ = audit.head(connection)
        lookup = functools.partial(audit.hash_at, connection)
        if seen.rolled_back(self.vault_id, seq, hash_, lookup):
            raise VaultRolledBack(
                "refused: this vault went back in time or was replaced by another copy since"
                " this workstation last saw it; check your backups, then run"
                " 'workstation vault accept-rollback' to go on with it as it is"
            )

    def accept_rollback(self) -> bool:
        """Acknowledge that the vault went back in time: audited as ``vault.accept-rollback``
        (with the entry this workstation had seen), after which changes are allowed and the
        memory restarts from this head. Returns False if there was nothing to accept."""
        seq, hash_ = audit.head(self.connection)
        lookup = functools.partial(audit.hash_at, self.connection)
        if not seen.rolled_back(self.vault_id, seq, hash_, lookup):
            return False
        self._accepting_rollback = True
        try:
            with self.change("vault.accept-rollback", None, {"seq_before": seq}):
                pass
        finally:
            self._accepting_rollback = False
        self.warnings = [w for w in self.warnings if "accept-rollback" not in w]
        return True

    def _stored_details(
        self, connection: sqlite3.Connection, pending: Change
    ) -> tuple[Details, bytes | None]:
        """The details as the chain stores them (content-describing ones sealed), and the
        hiding secret if this transaction created it (adopted only once it commits)."""
        _, private = hiding.split(pending.details)
        if not private:
            return dict(pending.details), None
        secret, created = self._hiding_secret(connection, pending.keys, create=True)
        assert secret is not None  # created on demand
        seq = audit.head(connection)[0] + 1
        stored = hiding.seal_details(secret, self.vault_id, seq, pending.details)
        return stored, secret if created else None

    def _hiding_secret(
        self, connection: sqlite3.Connection, keys: KeyContext, *, create: bool
    ) -> tuple[bytes | None, bool]:
        """(the vault's hiding secret or None, whether it was created now).

        Created inside the caller's write transaction the first time it is needed (vaults
        made before it existed have none); never replaced, so ids stay stable."""
        if self._hiding is not None:
            return self._hiding, False
        row = connection.execute(
            "SELECT sealed FROM secrets WHERE name = ?", (hiding.SECRET_NAME,)
        ).fetchone()
        if row is not None:
            self._hiding = self._open_secret(keys, hiding.SECRET_NAME, row[0])
            return self._hiding, False
        if not create:
            return None, False
        secret = hiding.new_secret()
        self._write_secret(connection, keys, hiding.SECRET_NAME, secret)
        return secret, True

    def keyed_id(self, message: bytes) -> bytes:
        """HMAC of ``message`` under the vault's hiding secret: a stable id for the same
        message in this vault, which says nothing about it to someone without a passphrase.

        The first call in a vault without the secret creates it (an audited change)."""
        self.refresh()
        secret, _ = self._hiding_secret(self.connection, self.keys, create=False)
        if secret is None:
            with self.change("secret.set", hiding.SECRET_NAME) as pending:
                secret, _ = self._hiding_secret(pending.connection, pending.keys, create=True)
            self._hiding = secret
        assert secret is not None
        return hiding.keyed_id(secret, message)

    def audit_entries(self) -> list[audit.AuditEntry]:
        """Every audit entry, with sealed details opened (verify the chain before trusting)."""
        self.refresh()
        secret, _ = self._hiding_secret(self.connection, self.keys, create=False)
        listed = []
        for entry in audit.entries(self.connection):
            if secret is not None and hiding.SEALED in entry.details and not entry.problem:
                opened = hiding.open_details(secret, self.vault_id, entry.seq, entry.details)
                listed.append(replace(entry, details=opened))
            else:
                listed.append(entry)
        return listed

    def _follow(self, connection: sqlite3.Connection) -> None:
        """Adopt the master key another process rotated to, then check the head (in a
        transaction or snapshot the caller holds).

        The check reads every document row (not the items). It is skipped only when this
        session has checked or sealed the head and SQLite's data_version says no other
        connection has committed since: then the rows are the ones this session last saw.
        An item row changed without SQLite (editing the file's bytes) is still never
        sealed in: document sums move only by what the session itself writes, so the
        document's next read refuses it.
        """
        _, key_id = db.meta_identity(connection)
        keys = self.keys
        if key_id != keys.key_id:
            keys = self._reopen(connection, key_id)
        version = _data_version(connection)
        verified = self._verified
        if keys is not self.keys or verified is None or verified[0] != version:
            self._verified = None
            head_format = head.check(connection, keys.master_key, self.vault_id, keys.key_id)
            self._verified = (version, head_format)
        self.keys = keys

    def start_from(self, data_version: int, head_format: str) -> None:
        """The head the unlock just checked, so the first change need not check it again."""
        self._verified = (data_version, head_format)

    def _item_added(self, *row: object) -> None:
        """Called by the items triggers inside a change: add the new row to its sum."""
        self._apply_item(row, 1)

    def _item_removed(self, *row: object) -> None:
        self._apply_item(row, -1)

    def _apply_item(self, row: tuple[object, ...], sign: int) -> None:
        if self._tally is None:
            return  # outside a change (nothing else writes items)
        if not all(isinstance(value, str) for value in row[:4]) or not isinstance(row[4], bytes):
            self._odd_item = f"document {row[0]!s}: an item"  # refused before sealing
            return
        self._tally.add((str(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4]), sign)

    def _reopen(self, connection: sqlite3.Connection, key_id: int) -> KeyContext:
        """This editor's copy of the master key of generation ``key_id``, or VaultChanged."""
        row = connection.execute(
            "SELECT state, master_wrap FROM editors WHERE id = ?", (self.editor_id,)
        ).fetchone()
        if (
            self._editor_keys is None
            or row is None
            or row[0] != "active"
            or not isinstance(row[1], bytes)
        ):
            raise VaultChanged(CHANGED_ELSEWHERE)
        try:
            master_key = keyslots.unwrap_master(
                row[1], self._editor_keys, self.vault_id, self.editor_id, key_id
            )
        except VaultTampered:
            raise VaultChanged(CHANGED_ELSEWHERE) from None
        return KeyContext(self.vault_id, master_key, key_id)

    def refresh(self) -> None:
        """Follow a key rotation committed by another process since unlock (reads call this).

        Cheap when nothing rotated (one query); otherwise the new master key is opened and
        the head checked in one snapshot. Raises VaultChanged if this editor was removed.
        """
        if self.connection.in_transaction:
            return  # inside a change, which has already followed
        _, key_id = db.meta_identity(self.connection)
        if key_id == self.keys.key_id:
            return
        self.connection.execute("BEGIN")
        try:
            self._follow(self.connection)
        finally:
            self.connection.execute("ROLLBACK")

    def _scrub(self, pending_message: str) -> bool:
        """Clear the journal after a change that replaced secret bytes; note if it cannot."""
        done = db.scrub_journal(self.connection)
        self.scrub_pending = None if done else pending_message
        return done

    def record(self, action: str, object_id: str | None, details: Details) -> None:
        """An audit entry for an action that changes nothing else (e.g. a document was shown)."""
        with self.change(action, object_id, details):
            pass

    # Documents ---------------------------------------------------------------------------

    def add_document(
        self,
        meta: dict[str, Any],
        original: Iterable[bytes],
        text: str | None,
        details: Details,
        first_items: Mapping[str, list[Item]] | None = None,
    ) -> DocumentInfo:
        """Store a document; ``details`` are the non-sensitive facts for the audit entry.

        ``first_items`` (kind to items) are stored with it in the same change, e.g. an
        index entry the caller looks documents up by (see ``item_owners``).
        """
        with self.change("document.intake", None, details) as pending:
            stored = documents.store(pending.connection, pending.keys, meta, original, text)
            pending.object_id = stored.id
            pending.details["size"] = stored.size
            if first_items:
                key = documents.data_key(pending.connection, pending.keys, stored.id)
                for kind, listed in first_items.items():
                    items.put(pending.connection, key, self.vault_id, stored.id, kind, listed)
        return stored

    def list_documents(self) -> list[DocumentInfo]:
        """Every document; one whose key or details fail to verify is listed as damaged."""
        self.refresh()
        return [
            documents.damaged(self.connection, one) if isinstance(one, str) else one
            for one in documents.listing(self.connection, self.keys, self._stale_listing)
        ]

    def all_item_counts(self) -> dict[str, dict[str, dict[str, int]]]:
        """Every document's item counts by kind and state, from the document rows (which
        the sealed head covers) in one query; documents from before format 4 are counted
        from their items. Documents with equal counts share one (read-only) dict."""
        counted: dict[str, dict[str, dict[str, int]]] = {}
        parsed: dict[object, items_mac.Counts | None] = {}  # equal counts are parsed once
        for document_id, stored in self.connection.execute("SELECT id, item_counts FROM documents"):
            if stored not in parsed or not isinstance(stored, str):
                parsed[stored] = items_mac.parsed_counts(str(document_id), stored)
            counted[str(document_id)] = parsed[stored] or {
                kind: self.item_counts(str(document_id), kind)
                for (kind,) in self.connection.execute(
                    "SELECT DISTINCT kind FROM items WHERE document_id = ?", (document_id,)
                )
            }
        return counted

    def document_marks(self) -> dict[str, tuple[object, ...]]:
        """A short mark of each document row that changes whenever the row does (its
        state, items sum and counts, and the tags of its sealed key and metadata), in one
        query without decrypting: a caller can tell which documents changed since it last
        listed them. Not a check (the head is): a mark only says where to look again."""
        self.refresh()
        return {
            str(row[0]): row[1:]
            for row in self.connection.execute(
                "SELECT id, state, items_sum, item_counts, substr(wrapped_key, -16),"
                " substr(meta, -16) FROM documents"
            )
        }

    def document(self, document_id: str) -> DocumentInfo:
        self.refresh()
        return documents.info(self.connection, self.keys, document_id)

    def read_text(self, document_id: str) -> str | None:
        self.refresh()
        return documents.read_text(self.connection, self.keys, document_id)

    def read_original(self, document_id: str) -> Iterator[bytes]:
        self.refresh()
        return documents.read_stream(self.connection, self.keys, document_id, documents.ORIGINAL)

    def shred(self, document_id: str) -> bool:
        """Crypto-shred, then checkpoint the WAL so no copy of the old pages stays on disk.

        Returns False (and sets ``scrub_pending``) when another connection kept the old
        pages in the journal; they leave the disk when that connection closes.
        """
        with self.change("document.shred", document_id) as pending:
            size = documents.info(pending.connection, pending.keys, document_id).size
            pending.details["size"] = size
            documents.shred(pending.connection, document_id)
        return self._scrub(shred_in_journal(document_id))

    # Vault-held secrets (e.g. the intake identity) ---------------------------------------

    def _secret_binding(self, name: str, key_id: int) -> Binding:
        return Binding(self.vault_id, "secrets", name, "sealed", key_id)

    def _write_secret(
        self, connection: sqlite3.Connection, keys: KeyContext, name: str, value: bytes
    ) -> None:
        sealed = envelope.seal(keys.master_key, value, self._secret_binding(name, keys.key_id))
        connection.execute(
            "INSERT OR REPLACE INTO secrets (name, sealed) VALUES (?, ?)", (name, sealed)
        )

    # Document items (proposals and decisions; the vault does not know what they mean) ------

    def replace_items(
        self, document_id: str, kind: str, new_items: list[Item], action: str, details: Details
    ) -> None:
        """Replace all items of a kind for a live document, audited as ``action``."""
        self._check_items(document_id)
        with self.change(action, document_id, details) as pending:
            key = documents.data_key(pending.connection, self.keys, document_id)
            items.replace_all(pending.connection, key, self.vault_id, document_id, kind, new_items)

    def put_items(
        self,
        document_id: str,
        kind: str,
        changed: list[Item],
        action: str,
        details: Details,
        removed: Iterable[str] = (),
    ) -> None:
        """Insert or update only ``changed`` items (and delete ``removed`` ids) of a live
        document, audited as ``action``.

        The fast path for decisions: the cost does not grow with the document's other items.
        """
        self._check_items(document_id)
        with self.change(action, document_id, details) as pending:
            key = documents.data_key(pending.connection, self.keys, document_id)
            items.put(pending.connection, key, self.vault_id, document_id, kind, changed)
            items.remove(pending.connection, document_id, kind, list(removed))

    def set_item_states(
        self,
        document_id: str,
        kind: str,
        changes: dict[str, str],
        action: str,
        details: Details,
    ) -> None:
        """Change some items' states in one audited transaction."""
        self._check_items(document_id)
        with self.change(action, document_id, details) as pending:
            key = documents.data_key(pending.connection, self.keys, document_id)
            items.set_state(pending.connection, key, self.vault_id, document_id, kind, changes)

    def items(self, document_id: str, kind: str) -> list[Item]:
        """The document's items of ``kind``, after checking all its items against its sum."""
        self.refresh()
        self._check_items(document_id)
        key = documents.data_key(self.connection, self.keys, document_id)
        return items.read_all(self.connection, key, self.vault_id, document_id, kind)

    def item_counts(self, document_id: str, kind: str) -> dict[str, int]:
        """How many items of ``kind`` are in each state: from the document row, which the
        sealed head covers (no item is read or decrypted)."""
        counts = items_mac.counts_of(self.connection, document_id, kind)
        return items.state_counts(self.connection, document_id, kind) if counts is None else counts

    def item_owners(self, kind: str) -> dict[str, str]:
        """Item id to the live document holding it, for every item of ``kind``: one query
        over plaintext ids, so a caller can find a document by a keyed id it stored.

        The ids are not authenticated here; a caller trusting an answer reads the item
        (or the document) through the sealed path before acting on it.
        """
        self.refresh()
        return items.owners(self.connection, kind)

    def put_secret(self, name: str, value: bytes) -> None:
        with self.change("secret.set", name) as pending:
            self._write_secret(pending.connection, pending.keys, name, value)

    def get_secret(self, name: str) -> bytes | None:
        self.refresh()
        row = self.connection.execute(
            "SELECT sealed FROM secrets WHERE name = ?", (name,)
        ).fetchone()
        if row is None:
            return None
        return self._open_secret(self.keys, name, row[0])

    def _open_secret(self, keys: KeyContext, name: str, sealed: object) -> bytes:
        try:
            return envelope.open_sealed(
                keys.master_key,
                db.blob(sealed, f"the vault secret '{name}'"),
                self._secret_binding(name, keys.key_id),
            )
        except DecryptionFailed:
            raise VaultTampered(f"the vault secret '{name}' does not verify (tampered)") from None

    # Vault-wide records (e.g. an editor's decision for every document) ------------------
    # Stored as secrets named ``record:KIND:ID``: sealed under the master key, covered by
    # the head's secrets hash, re-sealed by a rotation, checked by verify. The vault does
    # not know what they mean; KIND and ID are plain names that say nothing of content.

    def records(self, kind: str) -> dict[str, bytes]:
        """Every record of a kind, by id, opened."""
        prefix = _record_name(kind, "")
        self.refresh()
        rows = self.connection.execute(
            "SELECT name, sealed FROM secrets WHERE substr(name, 1, ?) = ? ORDER BY name",
            (len(prefix), prefix),
        ).fetchall()
        return {
            str(name)[len(prefix) :]: self._open_secret(self.keys, str(name), sealed)
            for name, sealed in rows
        }

    def put_across(
        self,
        action: str,
        object_id: str | None,
        details: Details,
        kind: str,
        changed: Mapping[str, list[Item]],
        record: tuple[str, str, bytes | None] | None = None,
    ) -> None:
        """One audited change over items of many documents (inserted or updated) and,
        optionally, one vault-wide record ``(kind, id, value)`` (value None removes it)."""
        if record is not None:
            name = _record_name(record[0], record[1])  # refused before anything is written
        with self.change(action, object_id, details) as pending:
            connection = pending.connection
            for document_id in sorted(changed):
                key = documents.data_key(connection, self.keys, document_id)
                items.put(connection, key, self.vault_id, document_id, kind, changed[document_id])
            if record is not None and record[2] is None:
                pending.connection.execute("DELETE FROM secrets WHERE name = ?", (name,))
            elif record is not None and record[2] is not None:
                self._write_secret(pending.connection, pending.keys, name, record[2])

    # Editors (their rows and keys: vault.editors) ---------------------------------------

    def add_editor(self, name: str, passphrase: str, confirmations_needed: int = 1) -> str:
        """A new editor with their own passphrase and keys; the master key is wrapped to them.

        The adder counts as one confirmation; when ``confirmations_needed`` is more, the
        editor stays pending until :meth:`confirm_editor` by other active editors (the
        vault knows no policies: the caller says how many)."""
        editors.check_editor_name(name)
        kdf = calibrated()
        with self.change("editor.add") as pending:
            editor_id = editors.add_editor(
                pending.connection, pending.keys, name, passphrase, kdf, confirmations_needed
            )
            pending.object_id = editor_id
            pending.details = {
                "editor": editor_id,
                "slot": editors.slot_digest(pending.connection, editor_id),
                "confirmations_needed": confirmations_needed,
            }
        return editor_id

    def confirm_editor(self, name: str, confirmations_needed: int) -> tuple[int, bool]:
        """Confirm pending editor NAME as the unlocked editor, audited (``editor.confirm``);
        returns the confirmations so far (the adder's included) and whether NAME is now
        active. Confirmations are read from the signed audit chain: the adder's
        ``editor.add`` and each ``editor.confirm``, by editors active now."""
        with self.change("editor.confirm") as pending:
            editor_id = editors.pending_editor_id(pending.connection, name)
            active = {
                str(row[0])
                for row in pending.connection.execute(
                    "SELECT id FROM editors WHERE state = 'active'"
                )
            }
            given = {
                entry.editor_id
                for entry in audit.entries(pending.connection)
                if entry.object_id == editor_id
                and entry.action in ("editor.add", "editor.confirm")
                and not entry.problem
            }
            if self.editor_id in given:
                raise EditorRuleViolation(
                    "you already added or confirmed this editor; another editor must confirm"
                )
            count = len((given | {self.editor_id}) & active)
            confirmed = count >= confirmations_needed
            if confirmed:
                editors.activate(pending.connection, pending.keys, editor_id)
            pending.object_id = editor_id
            pending.details = {"editor": editor_id, "confirmations": count, "active": confirmed}
        return count, confirmed

    def change_passphrase(self, new_passphrase: str) -> int:
        """A new passphrase, a new X25519 key pair and a new master key, in one transaction.

        The Argon2id slot gets a fresh salt (recalibrated); the master key is rotated and
        wrapped to the new X25519 key, so an old copy of the vault plus the old passphrase
        opens nothing written afterwards. The Ed25519 signing key is kept: the audit
        entries this editor signed must keep verifying. Returns the new key generation.
        """
        if self._editor_keys is None:
            raise EditorRuleViolation("no editor is unlocked")
        new_keys, slot = editors.keys_for_new_passphrase(
            self._editor_keys, new_passphrase, calibrated(), self.vault_id, self.editor_id
        )
        with self.change("editor.passwd", self.editor_id, {"editor": self.editor_id}) as pending:
            editors.store_new_passphrase(pending.connection, self.editor_id, new_keys, slot)
            pending.keys = self._rotate_in(pending.connection, pending.keys)
            pending.details["key_id"] = pending.keys.key_id
            pending.details["slot"] = editors.slot_digest(pending.connection, self.editor_id)
        self._editor_keys = new_keys
        self._scrub(KEYS_IN_JOURNAL)
        return self.keys.key_id

    def remove_editor(self, name: str, replace_secrets: Mapping[str, bytes] | None = None) -> str:
        """Remove an editor and rotate the master key, so their passphrase opens nothing new.

        ``replace_secrets`` (name → new value) are written in the same transaction, under
        the new master key: secrets the removed editor could read and that must not keep
        working for them (the service layer passes a fresh intake identity).
        """
        replacements = dict(replace_secrets or {})
        with self.change("editor.remove") as pending:
            connection = pending.connection
            removed_id = editors.mark_removed(connection, name)
            pending.object_id, pending.details = removed_id, {"editor": removed_id}
            pending.keys = self._rotate_in(connection, pending.keys)
            for secret_name in sorted(replacements):
                self._write_secret(connection, pending.keys, secret_name, replacements[secret_name])
            pending.details["key_id"] = pending.keys.key_id
            if replacements:
                pending.details["secrets_replaced"] = ",".join(sorted(replacements))
        if removed_id == self.editor_id:
            self._editor_keys = None
        self._scrub(KEYS_IN_JOURNAL)
        return removed_id

    def rotate_master_key(self) -> int:
        """A fresh master key: every document key, secret and editor wrap is redone."""
        with self.change("vault.rotate-key") as pending:
            pending.keys = self._rotate_in(pending.connection, pending.keys)
            pending.details["key_id"] = pending.keys.key_id
        self._scrub(KEYS_IN_JOURNAL)
        return self.keys.key_id

    def _rotate_in(self, connection: sqlite3.Connection, old: KeyContext) -> KeyContext:
        """Re-wrap everything under a new master key inside the caller's transaction.

        Returns the new keys; the caller puts them in ``Change.keys`` so the session
        adopts them only if the transaction commits.
        """
        new = KeyContext(old.vault_id, crypto.random_bytes(crypto.KEY_BYTES), old.key_id + 1)
        documents.rewrap_all(connection, old, new)
        for name, sealed in connection.execute("SELECT name, sealed FROM secrets").fetchall():
            value = self._open_secret(old, str(name), sealed)
            self._write_secret(connection, new, str(name), value)
        editors.wrap_master_for_active(connection, new)
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'key_id'", (str(new.key_id).encode(),)
        )
        return new

    def signing_keys(self) -> tuple[bytes, bytes]:
        """(private, public) Ed25519 keys of the unlocked editor, for checkpoints and manifests."""
        if self._editor_keys is None:
            raise EditorRuleViolation("no editor is unlocked")
        return self._editor_keys.signing_private, self._editor_keys.signing_public

    def sign(self, message: bytes) -> tuple[bytes, bytes]:
        """(Ed25519 signature over ``message``, public key) of the unlocked editor.

        For statements made outside the audit chain (release approvals and manifests)
        that a third party checks later with the editor's exported public key.
        """
        private, public = self.signing_keys()
        return crypto.sign(private, message), public


_ITEM_COLUMNS = "{0}.document_id, {0}.kind, {0}.id, {0}.state, {0}.data"
_ITEM_TRIGGERS = (
    "CREATE TEMP TRIGGER IF NOT EXISTS workstation_item_insert AFTER INSERT ON main.items"
    f" BEGIN SELECT workstation_item_added({_ITEM_COLUMNS.format('NEW')}); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS workstation_item_delete AFTER DELETE ON main.items"
    f" BEGIN SELECT workstation_item_removed({_ITEM_COLUMNS.format('OLD')}); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS workstation_item_update AFTER UPDATE ON main.items"
    f" BEGIN SELECT workstation_item_removed({_ITEM_COLUMNS.format('OLD')});"
    f" SELECT workstation_item_added({_ITEM_COLUMNS.format('NEW')}); END",
)


_RECORD_PART = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


def _record_name(kind: str, record_id: str) -> str:
    """``record:KIND:ID``; both plain lower-case names, so no name can reach another's."""
    if not _RECORD_PART.fullmatch(kind) or (record_id and not _RECORD_PART.fullmatch(record_id)):
        raise ValueError("a record kind and id are lower-case letters, digits and hyphens")
    return f"record:{kind}:{record_id}"


def _track_items(connection: sqlite3.Connection, session: Session) -> None:
    """Keep the session's items sum current through every write to the items table.

    Temporary triggers live only in this connection (nothing is written to the file),
    so whatever code writes items inside a change (a decision, a scan, a shred) is
    counted without having to report it.
    """
    connection.create_function("workstation_item_added", 5, session._item_added)
    connection.create_function("workstation_item_removed", 5, session._item_removed)
    for statement in _ITEM_TRIGGERS:
        connection.execute(statement)


def _data_version(connection: sqlite3.Connection) -> int:
    """Changes whenever another connection commits to the file (SQLite's data_version)."""
    return int(connection.execute("PRAGMA data_version").fetchone()[0])
