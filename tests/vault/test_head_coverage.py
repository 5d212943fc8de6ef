"""The sealed head covers the documents' plaintext columns and the vault secrets.

Marking a live document shredded (so nobody shreds it for real), backdating it,
changing its size, or deleting, adding or replaying a vault secret (e.g. to have a new
intake identity silently generated) must make unlock refuse and name what differs.
A row marked shredded that still holds its key, details or segments is tampered.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, blob, one_line, raw

from vault import documents
from vault.documents import KeyContext
from vault.errors import VaultTampered
from vault.session import Session
from vault.store import Vault


@pytest.fixture
def closed(session: Session, vault_path: Path) -> tuple[Path, str, str]:
    """A closed vault with one live and one shredded document and two secrets."""
    live = session.add_document({"name": "source.txt"}, [b"name of the source"], "CANARY", {})
    gone = session.add_document({"name": "gone.txt"}, [b"gone"], "gone", {})
    session.shred(gone.id)
    session.put_secret("intake-age-identity", b"AGE-SECRET-KEY-1" + b"Q" * 58)
    session.put_secret("other", b"o" * 32)
    session.connection.close()
    return vault_path, live.id, gone.id


def _sealed_of(connection: sqlite3.Connection, name: str) -> bytes:
    return blob(connection, "SELECT sealed FROM secrets WHERE name = ?", name)


EDITS: dict[str, tuple[Callable[[sqlite3.Connection, str, str], object], str]] = {
    "live document marked shredded": (
        lambda c, live, gone: c.execute(
            "UPDATE documents SET state = 'shredded' WHERE id = ?", (live,)
        ),
        "documents' states or dates",
    ),
    "live document backdated": (
        lambda c, live, gone: c.execute(
            "UPDATE documents SET received_at = '1999-01-01T00:00:00+00:00' WHERE id = ?",
            (live,),
        ),
        "documents' states or dates",
    ),
    "shredded_at changed": (
        lambda c, live, gone: c.execute(
            "UPDATE documents SET shredded_at = '2000-01-01T00:00:00+00:00' WHERE id = ?",
            (gone,),
        ),
        "documents' states or dates",
    ),
    "size changed": (
        lambda c, live, gone: c.execute("UPDATE documents SET size = 1 WHERE id = ?", (live,)),
        "documents' states or dates",
    ),
    "size stored as text": (
        lambda c, live, gone: c.execute("UPDATE documents SET size = 'big' WHERE id = ?", (live,)),
        "documents' states or dates",
    ),
    "live key removed": (
        lambda c, live, gone: c.execute(
            "UPDATE documents SET wrapped_key = NULL WHERE id = ?", (live,)
        ),
        "documents' states or dates",
    ),
    "every secret deleted": (
        lambda c, live, gone: c.execute("DELETE FROM secrets"),
        "vault secrets",
    ),
    "a secret added": (
        lambda c, live, gone: c.execute(
            "INSERT INTO secrets (name, sealed) SELECT 'copy', sealed FROM secrets"
            " WHERE name = 'other'"
        ),
        "vault secrets",
    ),
    "a secret renamed": (
        lambda c, live, gone: c.execute("UPDATE secrets SET name = 'renamed' WHERE name = 'other'"),
        "vault secrets",
    ),
}


@pytest.mark.parametrize("case", list(EDITS))
def test_unlock_names_an_edited_document_or_secret_row(
    closed: tuple[Path, str, str], case: str
) -> None:
    path, live, gone = closed
    edit, label = EDITS[case]
    with raw(path) as tamper:
        edit(tamper, live, gone)
    vault = Vault.open(path)
    try:
        with pytest.raises(VaultTampered) as caught:
            vault.unlock("alice", ALICE_PASSPHRASE)
        assert label in one_line(caught.value)
    finally:
        vault.close()


def test_a_secret_replayed_from_an_older_copy_is_named(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    session.put_secret("intake-age-identity", b"first identity")
    with raw(vault_path) as connection:
        first = _sealed_of(connection, "intake-age-identity")
    session.put_secret("intake-age-identity", b"second identity")
    session.connection.close()
    with raw(vault_path) as tamper:
        tamper.execute("UPDATE secrets SET sealed = ? WHERE name = 'intake-age-identity'", (first,))
    vault = Vault.open(vault_path)
    with pytest.raises(VaultTampered) as caught:
        vault.unlock("alice", ALICE_PASSPHRASE)
    assert "vault secrets" in one_line(caught.value)
    vault.close()


def test_a_row_marked_shredded_that_still_holds_its_content_is_tampered(
    closed: tuple[Path, str, str], tmp_path: Path
) -> None:
    """Checked by documents.info itself, not only by the head (a defence in depth)."""
    path, live, _ = closed
    copy = tmp_path / "copy.db"
    shutil.copyfile(path, copy)
    vault = Vault.open(path)
    session = vault.unlock("alice", ALICE_PASSPHRASE)
    keys = KeyContext(session.vault_id, session.keys.master_key, session.keys.key_id)
    connection = sqlite3.connect(copy, isolation_level=None)
    connection.execute("UPDATE documents SET state = 'shredded' WHERE id = ?", (live,))
    with pytest.raises(VaultTampered) as caught:
        documents.info(connection, keys, live)
    assert live in one_line(caught.value)
    with pytest.raises(VaultTampered):
        b"".join(documents.read_stream(connection, keys, live, documents.ORIGINAL))
    # Key and details gone but segments left: still not a shredded document.
    connection.execute("UPDATE documents SET wrapped_key = NULL, meta = NULL WHERE id = ?", (live,))
    with pytest.raises(VaultTampered):
        documents.info(connection, keys, live)
    connection.close()
    vault.close()
