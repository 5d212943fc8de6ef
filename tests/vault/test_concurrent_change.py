"""Two windows on one vault: a change follows what the other committed, or refuses clearly.

Each ``Vault.open`` is its own SQLite connection, as another workstation process would
be. A change must (1) follow a master-key rotation committed elsewhere by re-opening
this editor's own, re-wrapped copy of the master key, (2) refuse with VaultChanged when
this editor was removed or their keys replaced, (3) refuse rows edited behind the
session's back instead of sealing them into a new head, and (4) a rotation that fails
to commit must leave the session on the old key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, BOB_PASSPHRASE, dump, one_line, raw

from vault import crypto
from vault.errors import VaultChanged, VaultTampered, VaultWriteFailed
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault


@pytest.fixture
def two_editors(session: Session, vault_path: Path) -> Iterator[tuple[Session, Session]]:
    """alice and bob, each unlocked in their own connection (their own window)."""
    session.add_editor("bob", BOB_PASSPHRASE)
    session.connection.close()
    alice = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    bob = Vault.open(vault_path).unlock("bob", BOB_PASSPHRASE)
    yield alice, bob
    alice.connection.close()
    bob.connection.close()


def _reopens(path: Path) -> None:
    for name, passphrase in (("alice", ALICE_PASSPHRASE), ("bob", BOB_PASSPHRASE)):
        vault = Vault.open(path)
        try:
            unlocked = vault.unlock(name, passphrase)
            assert verify_vault(vault, unlocked).ok
        finally:
            vault.close()


def test_a_change_after_another_window_rotated_uses_the_new_key(
    two_editors: tuple[Session, Session], vault_path: Path
) -> None:
    alice, bob = two_editors
    assert bob.rotate_master_key() == 2
    info = alice.add_document({"name": "cable.txt"}, [b"acknowledged cable"], "cable", {})
    assert alice.keys.key_id == 2
    assert b"".join(bob.read_original(info.id)) == b"acknowledged cable"
    _reopens(vault_path)


def test_reads_follow_a_rotation_from_another_window(
    two_editors: tuple[Session, Session],
) -> None:
    alice, bob = two_editors
    info = alice.add_document({"name": "a.txt"}, [b"some bytes"], "some text", {})
    alice.put_secret("note-key", b"k" * 32)
    bob.rotate_master_key()
    assert alice.read_text(info.id) == "some text"
    assert [d.state for d in alice.list_documents()] == ["received"]
    assert alice.get_secret("note-key") == b"k" * 32


def test_a_removed_editor_s_open_window_is_told_to_unlock_again(
    two_editors: tuple[Session, Session], vault_path: Path
) -> None:
    alice, bob = two_editors
    alice.remove_editor("bob")
    before = dump(vault_path)
    with pytest.raises(VaultChanged) as caught:
        bob.add_document({"name": "late.txt"}, [b"late"], "late", {})
    assert "unlock again" in one_line(caught.value)
    with pytest.raises(VaultChanged):
        bob.read_text("dnothing")
    assert dump(vault_path) == before, "the refused change wrote something"
    vault = Vault.open(vault_path)
    assert verify_vault(vault, vault.unlock("alice", ALICE_PASSPHRASE)).ok
    vault.close()


def test_a_passphrase_change_in_another_window_retires_the_old_window(
    session: Session, vault_path: Path
) -> None:
    other = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    other.change_passphrase("a brand new passphrase for alice")
    with pytest.raises(VaultChanged):
        session.record("document.view", None, {})
    other.record("document.view", None, {})  # the window that changed it carries on
    other.connection.close()


def test_a_change_refuses_a_slot_edited_after_unlock_instead_of_sealing_it(
    two_editors: tuple[Session, Session], vault_path: Path
) -> None:
    """The attacker swaps bob's public key for their own; alice's next rotation must not
    wrap the new master key to it (and seal the edit into a valid head)."""
    alice, _ = two_editors
    _, attacker_public = crypto.new_exchange_key()
    with raw(vault_path) as tamper:
        tamper.execute(
            "UPDATE editors SET exchange_public = ? WHERE name = 'bob'", (attacker_public,)
        )
    before = dump(vault_path)
    for change in (
        alice.rotate_master_key,
        lambda: alice.add_document({"name": "x"}, [b"x"], None, {}),
        lambda: alice.record("document.view", None, {}),
    ):
        with pytest.raises(VaultTampered) as caught:
            change()
        assert "editor key slots" in one_line(caught.value)
    assert dump(vault_path) == before
    assert alice.keys.key_id == 1


def test_a_change_refuses_a_document_state_flipped_after_unlock(
    session: Session, vault_path: Path
) -> None:
    info = session.add_document({"name": "source.txt"}, [b"name of the source"], "n", {})
    with raw(vault_path) as tamper:
        tamper.execute("UPDATE documents SET state = 'shredded' WHERE id = ?", (info.id,))
    with pytest.raises(VaultTampered) as caught:
        session.record("document.view", info.id, {})
    assert "documents' states or dates" in one_line(caught.value)


FAIL_AT_GENERATION_2 = """
CREATE TRIGGER fail_rotation BEFORE INSERT ON meta
WHEN NEW.key = 'head' AND (SELECT value FROM meta WHERE key = 'key_id') = CAST('2' AS BLOB)
BEGIN SELECT RAISE(ABORT, 'simulated failure while sealing the head'); END
"""


def test_a_rotation_that_does_not_commit_leaves_the_session_on_the_old_key(
    session: Session, vault_path: Path
) -> None:
    """The head write of the rotation fails (a trigger stands in for a full disk)."""
    kept = session.add_document({"name": "kept.txt"}, [b"kept"], "kept", {})
    with raw(vault_path) as tamper:
        tamper.execute(FAIL_AT_GENERATION_2)
    before = dump(vault_path)
    with pytest.raises(VaultWriteFailed) as caught:
        session.rotate_master_key()
    assert "nothing was changed" in one_line(caught.value)
    assert session.keys.key_id == 1, "the session adopted a master key that was never stored"
    assert dump(vault_path) == before
    after = session.add_document({"name": "after.txt"}, [b"after"], "after", {})
    with raw(vault_path) as tamper:
        tamper.execute("DROP TRIGGER fail_rotation")
    session.connection.close()
    vault = Vault.open(vault_path)
    unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
    assert verify_vault(vault, unlocked).ok
    assert b"".join(unlocked.read_original(after.id)) == b"after"
    assert b"".join(unlocked.read_original(kept.id)) == b"kept"
    assert unlocked.rotate_master_key() == 2
    vault.close()
