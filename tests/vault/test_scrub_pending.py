"""Shredding while another window reads: say the old bytes are still on disk, finish later.

SQLite cannot truncate the WAL while another connection has a read transaction open.
The shred must not claim success silently (nor hang on the busy timeout): it returns
False and sets ``scrub_pending`` to a one-line warning. The scrub is finished by the
next change or the next ``Vault.open`` once the reader is gone.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, blob, on_disk, raw

from vault import db
from vault.session import Session
from vault.store import Vault


@pytest.fixture
def shreddable(session: Session, vault_path: Path) -> Iterator[tuple[str, bytes, bytes]]:
    """A document whose wrapped key and first ciphertext bytes are known, WAL cleared."""
    document_id = session.add_document({"name": "a.txt"}, [b"x" * 5000], "x", {}).id
    assert session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    with raw(vault_path) as connection:
        wrapped = blob(connection, "SELECT wrapped_key FROM documents WHERE id = ?", document_id)
        segment = blob(
            connection,
            "SELECT substr(data, 1, 64) FROM segments WHERE document_id = ?",
            document_id,
        )
    yield document_id, wrapped, segment


def test_a_shred_under_a_reader_reports_the_pending_scrub_and_it_is_finished_later(
    session: Session, vault_path: Path, shreddable: tuple[str, bytes, bytes]
) -> None:
    document_id, wrapped, segment = shreddable
    reader = Vault.open(vault_path)  # another window, in the middle of a read
    reader.connection.execute("BEGIN")
    reader.connection.execute("SELECT COUNT(*) FROM documents").fetchone()

    started = time.perf_counter()
    assert session.shred(document_id) is False
    assert time.perf_counter() - started < db.BUSY_TIMEOUT_MS / 1000, "waited on the reader"
    warning = session.scrub_pending
    assert warning is not None and "\n" not in warning
    assert document_id in warning and "journal" in warning
    assert wrapped in on_disk(vault_path)  # what the warning is about

    reader.connection.execute("ROLLBACK")
    # The next change finishes the scrub and clears the warning.
    session.record("document.view", None, {})
    assert session.scrub_pending is None
    data = on_disk(vault_path)
    assert wrapped not in data and segment not in data
    reader.close()


def test_opening_the_vault_finishes_a_scrub_left_pending(
    session: Session, vault_path: Path, shreddable: tuple[str, bytes, bytes]
) -> None:
    document_id, wrapped, segment = shreddable
    reader = Vault.open(vault_path)
    reader.connection.execute("BEGIN")
    reader.connection.execute("SELECT COUNT(*) FROM documents").fetchone()
    assert session.shred(document_id) is False
    reader.connection.execute("ROLLBACK")
    # Both windows stay open (so closing does not checkpoint); a third one opens.
    later = Vault.open(vault_path)
    data = on_disk(vault_path)
    assert wrapped not in data and segment not in data
    assert later.unlock("alice", ALICE_PASSPHRASE).document(document_id).state == "shredded"
    later.close()
    reader.close()


def test_without_a_reader_the_shred_scrubs_at_once(
    session: Session, vault_path: Path, shreddable: tuple[str, bytes, bytes]
) -> None:
    document_id, wrapped, _ = shreddable
    assert session.shred(document_id) is True
    assert session.scrub_pending is None
    assert wrapped not in on_disk(vault_path)


def test_a_rotation_under_a_reader_reports_the_pending_scrub(
    session: Session, vault_path: Path
) -> None:
    session.add_document({"name": "a.txt"}, [b"a"], "a", {})
    reader = Vault.open(vault_path)
    reader.connection.execute("BEGIN")
    reader.connection.execute("SELECT COUNT(*) FROM documents").fetchone()
    session.rotate_master_key()
    assert session.scrub_pending is not None and "journal" in session.scrub_pending
    reader.connection.execute("ROLLBACK")
    reader.close()
