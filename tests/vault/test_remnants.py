"""Old ciphertext leaves the disk: after shred, and after removing an editor (key rotation).

Crypto-shredding only works if the wrapped key is really gone, and removing an editor
only works if their sealed keys and copy of the master key are gone: SQLite must not
keep the old bytes in free pages, in the WAL or in its index file. The bytes are read
before the operation and looked for, byte for byte, in .db, -wal and -shm afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from vaultkit import BOB_PASSPHRASE, blob, on_disk, raw

from vault import documents
from vault.errors import DocumentNotFound
from vault.session import Session


def _document(session: Session, label: str, size: int) -> str:
    data = (label.encode() * (size // len(label) + 1))[:size]
    return session.add_document({"name": f"{label}.bin"}, [data], f"text of {label}", {}).id


def _segment_heads(path: Path, document_id: str) -> dict[str, bytes]:
    with raw(path) as connection:
        rows = connection.execute(
            "SELECT stream, seq, substr(data, 1, 64) FROM segments WHERE document_id = ?",
            (document_id,),
        ).fetchall()
    return {f"{document_id} {stream} segment {seq}": bytes(head) for stream, seq, head in rows}


def _missing(path: Path, needles: dict[str, bytes]) -> list[str]:
    data = on_disk(path)
    return [name for name, needle in needles.items() if needle not in data]


def _present(path: Path, needles: dict[str, bytes]) -> list[str]:
    data = on_disk(path)
    return [name for name, needle in needles.items() if needle in data]


def test_shred_removes_the_wrapped_key_and_every_segment_from_disk(
    session: Session, vault_path: Path
) -> None:
    shredded = _document(session, "shredded", documents.SEGMENT_BYTES + 5000)
    kept = _document(session, "kept", 5000)
    with raw(vault_path) as connection:
        gone = {
            "wrapped key": blob(
                connection, "SELECT wrapped_key FROM documents WHERE id = ?", shredded
            ),
            "metadata": blob(connection, "SELECT meta FROM documents WHERE id = ?", shredded),
        }
        kept_key = blob(connection, "SELECT wrapped_key FROM documents WHERE id = ?", kept)
    gone |= _segment_heads(vault_path, shredded)
    assert len(gone) == 2 + 3  # two segments of the original, one of the text
    still_there = _segment_heads(vault_path, kept) | {"kept wrapped key": kept_key}
    # The scan sees them all before: otherwise "gone" below would prove nothing.
    assert _missing(vault_path, gone | still_there) == []

    session.shred(shredded)

    assert _present(vault_path, gone) == [], "shredded ciphertext is still on disk"
    assert _missing(vault_path, still_there) == []
    with pytest.raises(DocumentNotFound):
        session.read_original(shredded).__next__()
    session.connection.close()
    assert _present(vault_path, gone) == []


def test_removing_an_editor_removes_their_slot_and_every_old_wrap_from_disk(
    session: Session, vault_path: Path
) -> None:
    documents_ = [_document(session, f"doc{number}", 3000) for number in range(3)]
    session.put_secret("intake-identity", b"k" * 64)
    bob = session.add_editor("bob", BOB_PASSPHRASE)
    session.add_editor("carol", BOB_PASSPHRASE + " carol")
    with raw(vault_path) as connection:
        gone = {
            "bob's sealed private keys": blob(
                connection, "SELECT sealed_private FROM editors WHERE id = ?", bob
            ),
            "bob's master key copy": blob(
                connection, "SELECT master_wrap FROM editors WHERE id = ?", bob
            ),
            "alice's old master key copy": blob(
                connection, "SELECT master_wrap FROM editors WHERE name = 'alice'"
            ),
            "carol's old master key copy": blob(
                connection, "SELECT master_wrap FROM editors WHERE name = 'carol'"
            ),
            "old sealed secret": blob(
                connection, "SELECT sealed FROM secrets WHERE name = 'intake-identity'"
            ),
        }
        for document_id in documents_:
            gone[f"old wrapped key of {document_id}"] = blob(
                connection, "SELECT wrapped_key FROM documents WHERE id = ?", document_id
            )
    kept = _segment_heads(vault_path, documents_[0])  # data keys are re-wrapped, not changed
    assert _missing(vault_path, gone | kept) == []

    assert session.remove_editor("bob") == bob

    assert _present(vault_path, gone) == [], "old key material is still on disk"
    assert _missing(vault_path, kept) == []
    assert session.get_secret("intake-identity") == b"k" * 64
    for document_id in documents_:
        assert session.read_text(document_id) is not None
    session.connection.close()
    assert _present(vault_path, gone) == []
