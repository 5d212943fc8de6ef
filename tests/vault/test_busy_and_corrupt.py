"""A busy vault, files that are not vaults, and concurrent use: clear errors, nothing changed.

Another process holding the write lock makes a change fail within the busy timeout with
VaultBusy; damaged, truncated or foreign files are VaultCorrupt and are left exactly as
they were; a missing path is VaultNotFound. A change committed by another process while
a vault is being unlocked is not mistaken for tampering.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, BOB_PASSPHRASE, dump, file_bytes, one_line, raw

from vault import db
from vault.errors import VaultBusy, VaultCorrupt, VaultExists, VaultNotFound
from vault.session import Session
from vault.store import Vault

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


def test_a_held_write_lock_makes_a_change_fail_with_vault_busy(
    session: Session, vault_path: Path
) -> None:
    session.add_document({"name": "first.txt"}, [b"first"], "first", {})
    before = dump(vault_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(vault_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline() == "locked\n"

        started = time.perf_counter()
        with pytest.raises(VaultBusy) as caught:
            session.add_document({"name": "second.txt"}, [b"second"], "second", {})
        waited = time.perf_counter() - started
        message = one_line(caught.value)
        assert "in use" in message and "vault vault" not in message

        # Readers are not blocked: the vault still opens, unlocks and lists while locked.
        vault = Vault.open(vault_path)
        assert [d.name for d in vault.unlock("alice", ALICE_PASSPHRASE).list_documents()] == [
            "first.txt"
        ]
        vault.close()
    finally:
        if holder.stdin:
            holder.stdin.close()
        holder.wait(timeout=30)
    # SQLite retried for its busy timeout, then gave up promptly.
    assert db.BUSY_TIMEOUT_MS / 1000 - 0.5 <= waited < db.BUSY_TIMEOUT_MS / 1000 + 2.0, waited
    assert dump(vault_path) == before, "the refused change left something behind"
    # Once the lock is released the same change goes through.
    session.add_document({"name": "second.txt"}, [b"second"], "second", {})
    assert len(session.list_documents()) == 2


@pytest.fixture
def closed_vault(session: Session, vault_path: Path) -> Path:
    """A vault of several pages, closed (so everything is in the .db file)."""
    session.add_document({"name": "a.bin"}, [os.urandom(200_000)], "some text", {})
    session.connection.close()
    assert not Path(f"{vault_path}-wal").exists()
    return vault_path


def _refused_and_unchanged(path: Path, error: type[Exception], *words: str) -> str:
    before = file_bytes(path)
    with pytest.raises(error) as caught:
        Vault.open(path)
    message = one_line(caught.value)
    for word in words:
        assert word in message, message
    assert file_bytes(path) == before, "opening a file that is not a vault changed it"
    return message


def test_random_bytes_are_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(64 * 1024))
    _refused_and_unchanged(path, VaultCorrupt, str(path))


def test_text_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("meeting notes\n" * 500)
    _refused_and_unchanged(path, VaultCorrupt)


def test_empty_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    _refused_and_unchanged(path, VaultCorrupt, "not a workstation vault")
    assert path.stat().st_size == 0


def test_another_sqlite_database_is_not_a_vault_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('a source', '555-0100')")
    connection.commit()
    connection.close()
    _refused_and_unchanged(path, VaultCorrupt, "not a workstation vault")
    assert not Path(f"{path}-wal").exists()
    with raw(path) as check:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_vault_from_a_newer_version_is_refused(closed_vault: Path) -> None:
    with raw(closed_vault) as tamper:
        tamper.execute("INSERT INTO migrations VALUES ('0002_future', '2030-01-01')")
    _refused_and_unchanged(closed_vault, VaultCorrupt, "newer or unknown version")


def test_a_vault_without_its_identity_is_refused(closed_vault: Path) -> None:
    with raw(closed_vault) as tamper:
        tamper.execute("DELETE FROM meta WHERE key = 'vault_id'")
    _refused_and_unchanged(closed_vault, VaultCorrupt, "identity")


@pytest.mark.parametrize(
    "cut", ["header", "first page", "half", "last page cut", "last two pages cut"]
)
def test_a_truncated_vault_is_refused(closed_vault: Path, cut: str) -> None:
    data = closed_vault.read_bytes()
    page = 4096
    pages = len(data) // page
    assert pages > 20
    length = {
        "header": 60,
        "first page": page,
        "half": pages // 2 * page,
        "last page cut": (pages - 1) * page,
        "last two pages cut": (pages - 2) * page,
    }[cut]
    closed_vault.write_bytes(data[:length])
    _refused_and_unchanged(closed_vault, VaultCorrupt)
    assert closed_vault.stat().st_size == length


def test_a_missing_vault_is_not_found(tmp_path: Path) -> None:
    for path in (tmp_path / "nothing.db", tmp_path / "no" / "folder" / "vault.db", tmp_path):
        with pytest.raises(VaultNotFound) as caught:
            Vault.open(path)
        assert "workstation init" in one_line(caught.value)
    assert not (tmp_path / "nothing.db").exists()


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "precious.txt"
    path.write_text("do not overwrite")
    with pytest.raises(VaultExists):
        Vault.create(path, "alice", ALICE_PASSPHRASE)
    assert path.read_text() == "do not overwrite"


def test_a_change_committed_during_unlock_is_not_taken_for_tampering(
    session: Session, vault_path: Path
) -> None:
    """Another process (here: another connection) commits while unlock checks the head."""
    session.add_editor("bob", BOB_PASSPHRASE)
    vault = Vault.open(vault_path)
    committed: list[str] = []

    def commit_in_between(statement: str) -> None:
        # Runs as unlock starts counting documents, after it has read the sealed head.
        if "COUNT(*) FROM documents" in statement and not committed:
            info = session.add_document({"name": "late.txt"}, [b"late"], "late", {})
            committed.append(info.id)

    vault.connection.set_trace_callback(commit_in_between)
    try:
        unlocked = vault.unlock("bob", BOB_PASSPHRASE)
    finally:
        vault.connection.set_trace_callback(None)
    assert committed, "the concurrent change did not happen during unlock"
    assert [info.id for info in unlocked.list_documents()] == committed
    vault.close()
