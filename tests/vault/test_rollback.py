"""Rollback: restoring an older copy of the vault over the current one is noticed.

An old copy is internally consistent (its head, chain and ciphertext all verify), so
only a memory kept outside the vault can tell: the workstation remembers the newest
audit head it saw and warns when a vault shows an older or a different one.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, vault_files

from vault.errors import VaultRolledBack
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault


def _backup(session: Session, vault_path: Path, backup: Path) -> None:
    # Move everything from the WAL into the .db file, so the file alone is a full copy.
    busy, _, _ = session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    shutil.copyfile(vault_path, backup)


def _restore(backup: Path, vault_path: Path) -> None:
    for file in vault_files(vault_path):
        file.unlink(missing_ok=True)
    shutil.copyfile(backup, vault_path)


def test_an_older_copy_restored_over_the_vault_is_flagged(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    shredded = session.add_document({"name": "a.txt"}, [b"secret source"], "secret", {})
    backup = tmp_path / "backup.db"
    _backup(session, vault_path, backup)
    session.shred(shredded.id)
    session.add_document({"name": "b.txt"}, [b"b"], "b", {})
    session.connection.close()

    current = Vault.open(vault_path)
    assert current.warnings == [], "the vault as last seen must open without a warning"
    current.close()

    _restore(backup, vault_path)
    vault = Vault.open(vault_path)
    try:
        assert len(vault.warnings) == 1
        assert "gone back in time" in vault.warnings[0]
        assert "\n" not in vault.warnings[0]
        unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
        assert unlocked.warnings == vault.warnings
        # The old copy is consistent, which is why only the warning shows the rollback:
        # the shredded document is readable again.
        assert verify_vault(vault, unlocked).ok
        assert b"".join(unlocked.read_original(shredded.id)) == b"secret source"
    finally:
        vault.close()


def test_a_different_copy_at_the_same_length_is_flagged(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    """Another workstation changed a restored copy: same log length, different last entry."""
    backup = tmp_path / "backup.db"
    _backup(session, vault_path, backup)
    session.add_document({"name": "one.txt"}, [b"one"], "one", {})
    session.connection.close()
    memory = Path(os.environ["WORKSTATION_STATE_DIR"]) / "seen-heads.json"
    seen_here = memory.read_text()

    # The other workstation (its own memory) restores the copy and makes another change.
    _restore(backup, vault_path)
    vault = Vault.open(vault_path)
    other = vault.unlock("alice", ALICE_PASSPHRASE)
    other.accept_rollback()  # in this test the "other" workstation shares this memory
    other.add_document({"name": "two.txt"}, [b"two"], "two", {})
    vault.close()
    memory.write_text(seen_here)  # back to what this workstation saw

    vault = Vault.open(vault_path)
    try:
        assert len(vault.warnings) == 1
        assert "differs from the one this workstation saw before" in vault.warnings[0]
    finally:
        vault.close()


def test_a_vault_that_went_back_refuses_changes_until_an_editor_accepts(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    """The first write must not re-base the memory: the warning and the refusal stay."""
    backup = tmp_path / "backup.db"
    _backup(session, vault_path, backup)
    session.add_document({"name": "one.txt"}, [b"one"], "one", {})
    session.connection.close()

    _restore(backup, vault_path)
    for _ in range(2):  # unlocking twice changes nothing: still refused, still warned
        vault = Vault.open(vault_path)
        unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
        assert any("gone back in time" in w for w in unlocked.warnings)
        with pytest.raises(VaultRolledBack, match="accept-rollback"):
            unlocked.add_document({"name": "two.txt"}, [b"two"], "two", {})
        vault.close()

    vault = Vault.open(vault_path)
    unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
    assert unlocked.accept_rollback() is True
    assert unlocked.warnings == []
    unlocked.add_document({"name": "two.txt"}, [b"two"], "two", {})
    assert [e.action for e in unlocked.audit_entries()][-2:] == [
        "vault.accept-rollback",
        "document.intake",
    ]
    assert unlocked.accept_rollback() is False  # nothing left to accept
    vault.close()
    again = Vault.open(vault_path)
    assert again.warnings == []
    again.close()


def test_a_diverged_copy_longer_than_the_one_seen_is_refused(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    """Another copy that grew past the remembered length does not hold the seen head."""
    backup = tmp_path / "backup.db"
    _backup(session, vault_path, backup)
    session.add_document({"name": "one.txt"}, [b"one"], "one", {})
    session.connection.close()
    memory = Path(os.environ["WORKSTATION_STATE_DIR"]) / "seen-heads.json"
    seen_here = memory.read_bytes()

    _restore(backup, vault_path)
    other = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    other.accept_rollback()
    for name in ("two", "three", "four"):
        other.add_document({"name": f"{name}.txt"}, [b"x"], "x", {})
    other.connection.close()
    memory.write_bytes(seen_here)  # this workstation's memory again

    vault = Vault.open(vault_path)
    try:
        assert len(vault.warnings) == 1 and "differs" in vault.warnings[0]
        with pytest.raises(VaultRolledBack):
            vault.unlock("alice", ALICE_PASSPHRASE).record("document.show", None, {})
    finally:
        vault.close()


def test_the_memory_of_heads_is_owner_only_and_cannot_be_edited_to_forget(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.db"
    _backup(session, vault_path, backup)
    session.add_document({"name": "one.txt"}, [b"one"], "one", {})
    session.connection.close()
    folder = Path(os.environ["WORKSTATION_STATE_DIR"])
    for name in ("seen-heads.json", "seen-heads.key"):
        assert (folder / name).stat().st_mode & 0o777 == 0o600, name

    # An edit that lowers the remembered entry (without the key) is noticed as an edit.
    memory = folder / "seen-heads.json"
    data = json.loads(memory.read_text())
    for head in data["heads"].values():
        head["seq"] = 1
    memory.write_text(json.dumps(data))
    _restore(backup, vault_path)
    vault = Vault.open(vault_path)
    try:
        assert len(vault.warnings) == 1 and "was altered" in vault.warnings[0]
    finally:
        vault.close()
