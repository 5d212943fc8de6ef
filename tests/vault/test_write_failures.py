"""Writes that fail (disk full, I/O error, a refused statement) and vaults that fail to be born.

A failure inside a change is one line saying nothing was changed, whether or not SQLite
already rolled the transaction back itself, and the session stays usable. ``Vault.create``
checks what it can before touching the disk, never opens a file it did not create, and
leaves no file behind when creation fails. The full disk is real: the child process runs
under RLIMIT_FSIZE, so SQLite's writes fail with EFBIG (Python ignores SIGXFSZ).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, dump, one_line, raw, vault_files

from vault.errors import EditorRuleViolation, VaultExists, VaultWriteFailed
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault

LIMITED = f"""
import resource, sys
from pathlib import Path
from vault.errors import VaultError
from vault.store import Vault
path, mode, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
passphrase = "{ALICE_PASSPHRASE}"
session = None
if mode == "intake":
    session = Vault.open(path).unlock("alice", passphrase)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    if mode == "create":
        Vault.create(path, "alice", passphrase)
    else:
        session.add_document({{"name": "big.bin"}}, [bytes(4 * 2**20)], None, {{}})
except VaultError as error:
    print(type(error).__name__, error, sep=": ")
else:
    print("no error")
"""


def _limited(path: Path, mode: str, limit: int) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", LIMITED, str(path), mode, str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=path.parent,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


def test_a_full_disk_during_intake_is_one_line_and_changes_nothing(
    session: Session, vault_path: Path
) -> None:
    session.add_document({"name": "first.txt"}, [b"first"], "first", {})
    session.connection.close()
    before = dump(vault_path)
    output = _limited(vault_path, "intake", 2 * 2**20)
    assert output.startswith("VaultWriteFailed: "), output
    assert "nothing was changed" in output and "\n" not in output
    assert dump(vault_path) == before
    vault = Vault.open(vault_path)
    unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
    assert verify_vault(vault, unlocked).ok
    assert [d.name for d in unlocked.list_documents()] == ["first.txt"]
    vault.close()


@pytest.mark.parametrize("how", ["ABORT", "ROLLBACK"])
def test_a_statement_refused_inside_a_change_is_a_vault_error(
    session: Session, vault_path: Path, how: str
) -> None:
    """RAISE(ROLLBACK) ends the transaction inside SQLite: a second ROLLBACK would fail
    and hide the real error."""
    with raw(vault_path) as tamper:
        tamper.execute(
            f"CREATE TRIGGER refuse BEFORE INSERT ON segments BEGIN"
            f" SELECT RAISE({how}, 'refused'); END"
        )
    before = dump(vault_path)
    with pytest.raises(VaultWriteFailed) as caught:
        session.add_document({"name": "a.txt"}, [b"a"], "a", {})
    assert "nothing was changed" in one_line(caught.value)
    assert not session.connection.in_transaction
    assert dump(vault_path) == before
    with raw(vault_path) as tamper:
        tamper.execute("DROP TRIGGER refuse")
    session.add_document({"name": "a.txt"}, [b"a"], "a", {})  # the session is still usable


def test_create_refuses_a_bad_editor_name_before_making_any_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "vault.db"
    for name in ("", " alice", "a" * 65, "bad\nname"):
        with pytest.raises(EditorRuleViolation):
            Vault.create(path, name, ALICE_PASSPHRASE)
    assert not path.parent.exists()


def test_create_leaves_no_file_behind_when_the_disk_is_full(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    output = _limited(path, "create", 4096)
    assert output.startswith("VaultWriteFailed: "), output
    assert "nothing was changed" in output
    assert [file for file in vault_files(path) if file.exists()] == []
    assert list(tmp_path.iterdir()) == []
    # With room, the same path works.
    Vault.create(path, "alice", ALICE_PASSPHRASE).connection.close()


def test_create_never_opens_a_file_it_did_not_make(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.db"
    link = tmp_path / "vault.db"
    link.symlink_to(target)  # dangling: exists() is False, but it is not ours to follow
    with pytest.raises(VaultExists):
        Vault.create(link, "alice", ALICE_PASSPHRASE)
    assert not target.exists()
    assert link.is_symlink()


def test_a_created_vault_is_owner_only_and_complete(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    session = Vault.create(path, "alice", ALICE_PASSPHRASE)
    assert path.stat().st_mode & 0o777 == 0o600
    session.connection.close()
    vault = Vault.open(path)
    unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
    assert verify_vault(vault, unlocked).ok
    assert [entry.action for entry in vault.audit_entries()] == ["vault.init"]
    vault.close()
