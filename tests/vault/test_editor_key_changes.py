"""What an editor leaving, or changing their passphrase, must take away from old secrets.

Removing an editor replaces the age intake identity they could read (in the same
transaction as the removal and key rotation), so a submission sealed afterwards is
closed to them. Changing a passphrase gives the editor a new X25519 key and rotates
the master key, so an old copy of the vault plus the old passphrase opens nothing
written afterwards; the Ed25519 signing key stays, so the audit chain still verifies.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyrage
from vaultkit import ALICE_PASSPHRASE, BOB_PASSPHRASE, blob, on_disk, raw

from vault import audit, documents, keyslots
from vault.documents import KeyContext
from vault.errors import VaultTampered
from vault.kdf import KdfParams
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault
from workstation.services import editors, sealed_intake

NEW_PASSPHRASE = "a brand new much stronger phrase here"


def test_removing_an_editor_replaces_the_intake_identity(
    session: Session, vault_path: Path
) -> None:
    session.add_editor("bob", BOB_PASSPHRASE)
    session.connection.close()
    bob = Vault.open(vault_path).unlock("bob", BOB_PASSPHRASE)
    old_recipient = sealed_intake.intake_recipient(bob)
    stolen = bob.get_secret(sealed_intake.IDENTITY_SECRET)  # any editor can copy it
    assert stolen is not None
    bob.connection.close()
    in_transit = sealed_intake.seal_bytes(b"sealed before bob left", old_recipient)

    alice = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    entries_before = len(list(audit.entries(alice.connection)))
    removed = editors.remove_editor(alice, "bob")

    assert removed.new_intake_recipient is not None
    assert removed.new_intake_recipient != old_recipient
    assert sealed_intake.intake_recipient(alice) == removed.new_intake_recipient
    assert removed.key_id == alice.keys.key_id == 2
    assert alice.get_secret(sealed_intake.PREVIOUS_IDENTITY_SECRET) == stolen
    # One transaction, one audit entry, which says which secrets were replaced.
    entries = list(audit.entries(alice.connection))
    assert len(entries) == entries_before + 1
    assert entries[-1].action == "editor.remove"
    assert entries[-1].details["secrets_replaced"] == (
        f"{sealed_intake.IDENTITY_SECRET},{sealed_intake.PREVIOUS_IDENTITY_SECRET}"
    )

    after = sealed_intake.seal_bytes(b"sealed after bob left", removed.new_intake_recipient)
    stolen_identity = pyrage.x25519.Identity.from_str(stolen.decode())
    try:
        pyrage.decrypt(after, [stolen_identity])
        opened_by_bob = True
    except pyrage.DecryptError:
        opened_by_bob = False
    assert not opened_by_bob, "the removed editor's copy opens new submissions"
    assert sealed_intake.open_sealed(alice, after, "after.age") == b"sealed after bob left"
    assert sealed_intake.open_sealed(alice, in_transit, "old.age") == b"sealed before bob left"
    vault = Vault.open(vault_path)
    assert verify_vault(vault, vault.unlock("alice", ALICE_PASSPHRASE)).ok
    vault.close()
    alice.connection.close()


def test_removing_an_editor_without_an_intake_identity_creates_none(session: Session) -> None:
    session.add_editor("bob", BOB_PASSPHRASE)
    removed = editors.remove_editor(session, "bob")
    assert removed.new_intake_recipient is None
    assert session.get_secret(sealed_intake.IDENTITY_SECRET) is None
    assert session.get_secret(sealed_intake.PREVIOUS_IDENTITY_SECRET) is None


def _keys_from_backup(backup: Path, passphrase: str) -> tuple[str, keyslots.EditorKeys]:
    """What an attacker gets from an old copy of the vault and the old passphrase."""
    with raw(backup) as connection:
        editor_id, signing, exchange, kdf, sealed_private = connection.execute(
            "SELECT id, signing_public, exchange_public, kdf_params, sealed_private FROM editors"
        ).fetchone()
        vault_id = blob(connection, "SELECT value FROM meta WHERE key = 'vault_id'")
    slot = keyslots.SealedSlot(KdfParams.from_json(kdf), sealed_private)
    return editor_id, keyslots.open_slot(slot, passphrase, vault_id, editor_id, (signing, exchange))


def test_an_old_backup_and_the_old_passphrase_open_nothing_written_after_passwd(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    early = session.add_document({"name": "early.txt"}, [b"early"], "early", {})
    session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = tmp_path / "backup.db"
    shutil.copyfile(vault_path, backup)
    with raw(vault_path) as connection:
        old_slot = blob(connection, "SELECT sealed_private FROM editors")
        old_wrap = blob(connection, "SELECT master_wrap FROM editors")
        old_exchange = blob(connection, "SELECT exchange_public FROM editors")
        old_signing = blob(connection, "SELECT signing_public FROM editors")

    assert session.change_passphrase(NEW_PASSPHRASE) == 2
    late = session.add_document({"name": "late.txt"}, [b"SECRET after passwd"], "late", {})

    # The signing key is the same (old entries verify); the X25519 key is new.
    with raw(vault_path) as connection:
        assert blob(connection, "SELECT signing_public FROM editors") == old_signing
        assert blob(connection, "SELECT exchange_public FROM editors") != old_exchange
        wrap = blob(connection, "SELECT master_wrap FROM editors")
    # The replaced slot and wrap left the disk (the journal was scrubbed).
    assert session.scrub_pending is None
    data = on_disk(vault_path)
    assert old_slot not in data and old_wrap not in data

    editor_id, stolen = _keys_from_backup(backup, ALICE_PASSPHRASE)
    current = Vault.open(vault_path)
    try:
        try:
            master = keyslots.unwrap_master(
                wrap, stolen, current.vault_id, editor_id, current.key_id
            )
        except VaultTampered:
            master = None
        assert master is None, "the old passphrase still opens the current master key"
        # The old master key (from the backup) opens neither document in the current file.
        old_master = keyslots.unwrap_master(old_wrap, stolen, current.vault_id, editor_id, 1)
        old_context = KeyContext(current.vault_id, old_master, current.key_id)
        for document_id in (late.id, early.id):
            try:
                documents.read_text(current.connection, old_context, document_id)
                opened = True
            except VaultTampered:
                opened = False
            assert not opened, document_id
        unlocked = current.unlock("alice", NEW_PASSPHRASE)
        assert unlocked.read_text(late.id) == "late"
        report = verify_vault(current, unlocked)
        assert report.ok, report.problems
        assert current.verify_audit().ok
    finally:
        current.close()
