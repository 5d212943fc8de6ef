"""Tamper detection: every change an attacker with the vault file can make is refused and named.

The attacker here edits the file with plain ``sqlite3``: flips bits in every stored blob,
truncates, deletes, reorders and swaps rows, replays old values. Each change must make
the operation that depends on it fail with a one-line VaultError naming the object, and
the failed attempt must leave the file exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from vaultkit import (
    ALICE_PASSPHRASE,
    BOB_PASSPHRASE,
    blob,
    dump,
    file_bytes,
    flip,
    one_line,
    positions,
    raw,
)

from vault import audit, checkpoint, documents, head
from vault.errors import VaultError, VaultRolledBack, VaultTampered, WrongPassphrase
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault

SECRET = "intake-identity"


@dataclass
class Setup:
    """A vault with two editors, two small documents (original + text) and a secret."""

    path: Path
    session: Session
    vault: Vault
    doc_a: str
    doc_b: str


def small_original(label: str) -> bytes:
    return (f"Cable {label}: the source meets the attaché on Tuesday. " * 6).encode()


@pytest.fixture
def setup(session: Session, vault_path: Path) -> Iterator[Setup]:
    session.add_editor("bob", BOB_PASSPHRASE)
    doc_a = session.add_document(
        {"name": "a.txt"}, [small_original("A")], "text of A, STRICTLY PROTECT", {"kind": "txt"}
    ).id
    doc_b = session.add_document(
        {"name": "b.txt"}, [small_original("B")], "text of B", {"kind": "txt"}
    ).id
    session.put_secret(SECRET, b"s" * 48)
    vault = Vault.open(vault_path)
    yield Setup(vault_path, session, vault, doc_a, doc_b)
    vault.close()


def read_all(session: Session, document_id: str) -> bytes:
    return b"".join(session.read_original(document_id))


def refused(operation: Callable[[], object], error: type[VaultError], *names: str) -> str:
    """Run ``operation``; it must raise exactly ``error`` with a one-line message naming all
    of ``names``. Returns the message."""
    with pytest.raises(VaultError) as caught:
        operation()
    assert type(caught.value) is error, f"{type(caught.value).__name__}: {caught.value}"
    message = one_line(caught.value)
    for name in names:
        assert name in message, f"{message!r} does not name {name!r}"
    return message


def problems(setup: Setup) -> list[str]:
    report = verify_vault(setup.vault, setup.session)
    return report.problems


def assert_intact(setup: Setup) -> None:
    """After restoring a tampered value, everything reads and verifies again."""
    assert read_all(setup.session, setup.doc_a) == small_original("A")
    assert read_all(setup.session, setup.doc_b) == small_original("B")
    assert setup.session.read_text(setup.doc_a) == "text of A, STRICTLY PROTECT"
    assert setup.session.get_secret(SECRET) == b"s" * 48
    assert problems(setup) == []


# --------------------------------------------------------------------------------------
# Every bit flip of every blob a document or secret depends on
# --------------------------------------------------------------------------------------

DOCUMENT_BLOBS = {
    # name: (column query, update statement, operations that must fail)
    "documents.wrapped_key": (
        "SELECT wrapped_key FROM documents WHERE id = ?",
        "UPDATE documents SET wrapped_key = ? WHERE id = ?",
        ("document", "read_text", "read_original"),
    ),
    "documents.meta": (
        "SELECT meta FROM documents WHERE id = ?",
        "UPDATE documents SET meta = ? WHERE id = ?",
        ("document", "read_text"),
    ),
    "segments.data (original)": (
        "SELECT data FROM segments WHERE document_id = ? AND stream = 'original' AND seq = 0",
        "UPDATE segments SET data = ? WHERE document_id = ? AND stream = 'original' AND seq = 0",
        ("read_original",),
    ),
    "segments.data (text)": (
        "SELECT data FROM segments WHERE document_id = ? AND stream = 'text' AND seq = 0",
        "UPDATE segments SET data = ? WHERE document_id = ? AND stream = 'text' AND seq = 0",
        ("read_text",),
    ),
}


def operation(setup: Setup, name: str, document_id: str) -> Callable[[], object]:
    session = setup.session
    return {
        "document": lambda: session.document(document_id),
        "read_text": lambda: session.read_text(document_id),
        "read_original": lambda: read_all(session, document_id),
    }[name]


@pytest.mark.parametrize("target", list(DOCUMENT_BLOBS))
def test_every_bit_flip_of_a_document_blob_is_refused(setup: Setup, target: str) -> None:
    select, update, operations = DOCUMENT_BLOBS[target]
    doc = setup.doc_a
    changes_before = setup.session.connection.total_changes
    state_before = dump(setup.path)
    with raw(setup.path) as tamper:
        tamper.execute("PRAGMA synchronous=OFF")
        original = blob(tamper, select, doc)
        assert len(original) < 400, "the small document should fit in one short blob"
        for index in positions(len(original)):
            tamper.execute(update, (flip(original, index), doc))
            for name in operations:
                refused(operation(setup, name, doc), VaultTampered, f"document {doc}")
            found = problems(setup)
            assert any(doc in problem for problem in found), (index, found)
            # the other document is unaffected
            assert read_all(setup.session, setup.doc_b) == small_original("B")
            tamper.execute(update, (original, doc))
    assert setup.session.connection.total_changes == changes_before, "a failed read wrote"
    assert dump(setup.path) == state_before
    assert_intact(setup)


def test_every_bit_flip_of_a_vault_secret_is_refused(setup: Setup) -> None:
    select = "SELECT sealed FROM secrets WHERE name = ?"
    update = "UPDATE secrets SET sealed = ? WHERE name = ?"
    changes_before = setup.session.connection.total_changes
    with raw(setup.path) as tamper:
        tamper.execute("PRAGMA synchronous=OFF")
        original = blob(tamper, select, SECRET)
        for index in positions(len(original)):
            tamper.execute(update, (flip(original, index), SECRET))
            refused(lambda: setup.session.get_secret(SECRET), VaultTampered, SECRET)
            assert any(SECRET in problem for problem in problems(setup)), index
            tamper.execute(update, (original, SECRET))
    assert setup.session.connection.total_changes == changes_before
    assert_intact(setup)


UNLOCK_BLOBS = {
    # name: (query, update, error for alice, what alice's message names,
    #        what bob's message names: bob's own slot is fine, the sealed head is not)
    "editors.sealed_private": (
        "SELECT sealed_private FROM editors WHERE name = ?",
        "UPDATE editors SET sealed_private = ? WHERE name = ?",
        VaultTampered,  # the slot differs from its digest in the audit log: not a passphrase
        "alice",
        "editor key slots",
    ),
    "editors.master_wrap": (
        "SELECT master_wrap FROM editors WHERE name = ?",
        "UPDATE editors SET master_wrap = ? WHERE name = ?",
        VaultTampered,
        "alice",
        "editor key slots",
    ),
    "meta.head": (
        "SELECT value FROM meta WHERE key = 'head' AND ? IS NOT NULL",
        "UPDATE meta SET value = ? WHERE key = 'head' AND ? IS NOT NULL",
        VaultTampered,
        "sealed head",
        "sealed head",
    ),
}


@pytest.mark.parametrize("target", list(UNLOCK_BLOBS))
def test_every_bit_flip_of_a_key_slot_or_the_head_is_refused_at_unlock(
    setup: Setup, target: str
) -> None:
    select, update, alice_error, alice_names, bob_names = UNLOCK_BLOBS[target]
    setup.session.connection.close()
    state_before = dump(setup.path)
    vault = setup.vault
    with raw(setup.path) as tamper:
        tamper.execute("PRAGMA synchronous=OFF")
        original = blob(tamper, select, "alice")
        for index in positions(len(original)):
            tamper.execute(update, (flip(original, index), "alice"))
            refused(lambda: vault.unlock("alice", ALICE_PASSPHRASE), alice_error, alice_names)
            refused(lambda: vault.unlock("bob", BOB_PASSPHRASE), VaultTampered, bob_names)
            tamper.execute(update, (original, "alice"))
    assert dump(setup.path) == state_before
    vault.unlock("alice", ALICE_PASSPHRASE)
    vault.unlock("bob", BOB_PASSPHRASE)


def test_wrong_passphrase_names_the_editor(setup: Setup) -> None:
    refused(lambda: setup.vault.unlock("bob", ALICE_PASSPHRASE), WrongPassphrase, "bob")


@pytest.mark.parametrize("column", ["sealed_private", "master_wrap"])
def test_an_emptied_key_slot_is_refused(setup: Setup, column: str) -> None:
    with raw(setup.path) as tamper:
        tamper.execute(f"UPDATE editors SET {column} = NULL WHERE name = 'alice'")
    refused(lambda: setup.vault.unlock("alice", ALICE_PASSPHRASE), VaultTampered, "alice")
    refused(lambda: setup.vault.unlock("bob", BOB_PASSPHRASE), VaultTampered, "editor key slots")


# --------------------------------------------------------------------------------------
# The failed attempt changes nothing on disk (byte for byte)
# --------------------------------------------------------------------------------------


def _flip_first(column: str, where: str) -> Callable[[sqlite3.Connection], None]:
    def tamper(connection: sqlite3.Connection) -> None:
        value = blob(connection, f"SELECT {column} FROM {where}")
        table = where.split(maxsplit=1)[0]
        condition = where.split(" WHERE ", 1)[1]
        connection.execute(f"UPDATE {table} SET {column} = ? WHERE {condition}", (flip(value, 5),))

    return tamper


UNLOCK_FAILURES: dict[str, tuple[Callable[[sqlite3.Connection], None], type[VaultError], str]] = {
    "sealed_private": (
        _flip_first("sealed_private", "editors WHERE name = 'alice'"),
        VaultTampered,
        "damaged",
    ),
    "master_wrap": (
        _flip_first("master_wrap", "editors WHERE name = 'alice'"),
        VaultTampered,
        "alice",
    ),
    "head": (_flip_first("value", "meta WHERE key = 'head'"), VaultTampered, "sealed head"),
    "document row deleted": (
        lambda c: c.executescript(
            "DELETE FROM segments WHERE document_id = (SELECT MIN(id) FROM documents);"
            "DELETE FROM documents WHERE id = (SELECT MIN(id) FROM documents);"
        ),
        VaultTampered,
        "number of documents",
    ),
    "document row added": (
        lambda c: c.execute(
            "INSERT INTO documents (id, received_at, size, state) "
            "VALUES ('dfake', '2024-01-01T00:00:00+00:00', 0, 'received')"
        ),
        VaultTampered,
        "number of documents",
    ),
    "editor row added": (
        lambda c: c.execute(
            "INSERT INTO editors SELECT 'emallory', 'mallory', state, created_at, signing_public,"
            " exchange_public, kdf_params, sealed_private, master_wrap FROM editors"
            " WHERE name = 'bob'"
        ),
        VaultTampered,
        "editor key slots",
    ),
    "editor renamed": (
        lambda c: c.execute("UPDATE editors SET name = 'robert' WHERE name = 'bob'"),
        VaultTampered,
        "editor key slots",
    ),
    "editor row deleted": (
        lambda c: c.execute("DELETE FROM editors WHERE name = 'bob'"),
        VaultTampered,
        "editor key slots",
    ),
    "editor's KDF salt changed": (
        lambda c: c.execute(
            'UPDATE editors SET kdf_params = replace(kdf_params, \'"salt": "\', \'"salt": "00\')'
            " WHERE name = 'alice'"
        ),
        VaultTampered,  # the slot no longer matches its digest in the audit log
        "damaged",
    ),
    "last audit entry deleted": (
        lambda c: c.execute("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)"),
        VaultTampered,
        "length of the audit log",
    ),
    "head deleted": (
        lambda c: c.execute("DELETE FROM meta WHERE key = 'head'"),
        VaultTampered,
        "sealed head",
    ),
}


@pytest.mark.parametrize("case", list(UNLOCK_FAILURES))
def test_unlock_refuses_and_leaves_the_file_untouched(setup: Setup, case: str) -> None:
    tamper, error, names = UNLOCK_FAILURES[case]
    setup.session.connection.close()
    setup.vault.close()
    with raw(setup.path) as connection:
        tamper(connection)
    assert not Path(f"{setup.path}-wal").exists(), "the tamper connection left a WAL behind"
    before_bytes, before_rows = file_bytes(setup.path), dump(setup.path)

    vault = Vault.open(setup.path)
    try:
        refused(lambda: vault.unlock("alice", ALICE_PASSPHRASE), error, names)
    finally:
        vault.close()

    assert file_bytes(setup.path) == before_bytes, "the failed unlock changed the vault file"
    assert dump(setup.path) == before_rows


def test_replayed_older_slot_after_passphrase_change_is_refused(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        old_slot = tamper.execute(
            "SELECT kdf_params, sealed_private FROM editors WHERE name = 'alice'"
        ).fetchone()
    setup.session.change_passphrase("a brand new passphrase for alice")
    with raw(setup.path) as tamper:
        tamper.execute(
            "UPDATE editors SET kdf_params = ?, sealed_private = ? WHERE name = 'alice'", old_slot
        )
    # The old passphrase opens the old slot, but its X25519 key is not the one the current
    # master key is wrapped to (passwd replaced it), and the sealed head knows the slot
    # changed: refused either way, naming the editor.
    refused(lambda: setup.vault.unlock("alice", ALICE_PASSPHRASE), VaultTampered, "alice")
    refused(lambda: setup.vault.unlock("bob", BOB_PASSPHRASE), VaultTampered, "key slots")
    refused(
        lambda: setup.vault.unlock("alice", "a brand new passphrase for alice"),
        VaultTampered,  # the replayed slot is not the one editor.passwd recorded
        "alice",
        "damaged",
    )


# --------------------------------------------------------------------------------------
# Truncated, deleted, reordered and extended segments
# --------------------------------------------------------------------------------------


def test_every_truncation_of_a_segment_is_refused(setup: Setup) -> None:
    doc = setup.doc_a
    with raw(setup.path) as tamper:
        tamper.execute("PRAGMA synchronous=OFF")
        for stream, read in (
            ("original", lambda: read_all(setup.session, doc)),
            ("text", lambda: setup.session.read_text(doc)),
        ):
            where = f"document_id = ? AND stream = '{stream}' AND seq = 0"
            original = blob(tamper, f"SELECT data FROM segments WHERE {where}", doc)
            for length in range(len(original)):
                tamper.execute(
                    f"UPDATE segments SET data = ? WHERE {where}", (original[:length], doc)
                )
                refused(read, VaultTampered, f"document {doc}", stream)
            for extra in (b"\x00", original[-16:], original):
                tamper.execute(
                    f"UPDATE segments SET data = ? WHERE {where}", (original + extra, doc)
                )
                refused(read, VaultTampered, f"document {doc}", stream)
            tamper.execute(f"UPDATE segments SET data = ? WHERE {where}", (original, doc))
    assert_intact(setup)


def test_a_failed_read_does_not_pin_the_connection_to_an_old_snapshot(
    setup: Setup, big: tuple[str, bytes]
) -> None:
    """The error of a failed read may be kept (logged, shown); the session must still see
    later changes, and shredding must still clear the WAL."""
    doc, data = big
    where = "document_id = ? AND stream = 'original' AND seq = 0"
    with raw(setup.path) as tamper:
        original = blob(tamper, f"SELECT data FROM segments WHERE {where}", doc)
        tamper.execute(f"UPDATE segments SET data = ? WHERE {where}", (flip(original, 99), doc))
    with pytest.raises(VaultTampered) as caught:
        read_all(setup.session, doc)
    kept = caught.value  # e.g. an error shown in the UI, with its traceback
    with raw(setup.path) as tamper:
        tamper.execute(f"UPDATE segments SET data = ? WHERE {where}", (original, doc))
    assert read_all(setup.session, doc) == data
    setup.session.shred(doc)
    wal = Path(f"{setup.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert kept.__traceback__ is not None


def test_deleting_the_only_segment_is_refused(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        tamper.execute(
            "DELETE FROM segments WHERE document_id = ? AND stream = 'original'", (setup.doc_a,)
        )
    refused(lambda: read_all(setup.session, setup.doc_a), VaultTampered, setup.doc_a)
    assert any(setup.doc_a in problem for problem in problems(setup))


@pytest.fixture
def big(setup: Setup) -> tuple[str, bytes]:
    """A document of 2.5 segments (over 1 MiB per segment), so it has first, middle, last."""
    data = bytes(range(256)) * (documents.SEGMENT_BYTES * 5 // 2 // 256)
    info = setup.session.add_document({"name": "big.bin"}, [data], None, {"kind": "other"})
    with raw(setup.path) as connection:
        count = connection.execute(
            "SELECT COUNT(*) FROM segments WHERE document_id = ?", (info.id,)
        ).fetchone()[0]
    assert count == 3
    return info.id, data


def _segment_case(name: str, doc: str, tamper: sqlite3.Connection) -> None:
    where = "document_id = ? AND stream = 'original'"
    if name == "last segment deleted":
        tamper.execute(f"DELETE FROM segments WHERE {where} AND seq = 2", (doc,))
    elif name == "middle segment deleted":
        tamper.execute(f"DELETE FROM segments WHERE {where} AND seq = 1", (doc,))
    elif name == "middle segment deleted, later ones renumbered":
        tamper.execute(f"DELETE FROM segments WHERE {where} AND seq = 1", (doc,))
        tamper.execute(f"UPDATE segments SET seq = 1 WHERE {where} AND seq = 2", (doc,))
    elif name == "first two segments swapped":
        tamper.execute(f"UPDATE segments SET seq = 99 WHERE {where} AND seq = 0", (doc,))
        tamper.execute(f"UPDATE segments SET seq = 0 WHERE {where} AND seq = 1", (doc,))
        tamper.execute(f"UPDATE segments SET seq = 1 WHERE {where} AND seq = 99", (doc,))
    elif name == "last two segments swapped":
        tamper.execute(f"UPDATE segments SET seq = 99 WHERE {where} AND seq = 1", (doc,))
        tamper.execute(f"UPDATE segments SET seq = 1 WHERE {where} AND seq = 2", (doc,))
        tamper.execute(f"UPDATE segments SET seq = 2 WHERE {where} AND seq = 99", (doc,))
    elif name == "a segment repeated at the end":
        tamper.execute(
            "INSERT INTO segments SELECT document_id, stream, 3, data FROM segments"
            f" WHERE {where} AND seq = 1",
            (doc,),
        )
    elif name == "middle segment truncated to a chunk boundary":
        tamper.execute(
            f"UPDATE segments SET data = substr(data, 1, {16 * 1024 + 16}) WHERE {where}"
            " AND seq = 1",
            (doc,),
        )
    else:  # pragma: no cover
        raise AssertionError(name)


SEGMENT_CASES = [
    "last segment deleted",
    "middle segment deleted",
    "middle segment deleted, later ones renumbered",
    "first two segments swapped",
    "last two segments swapped",
    "a segment repeated at the end",
    "middle segment truncated to a chunk boundary",
]


@pytest.mark.parametrize("case", SEGMENT_CASES)
def test_multi_segment_document_changes_are_refused(
    setup: Setup, big: tuple[str, bytes], case: str
) -> None:
    doc, data = big
    assert read_all(setup.session, doc) == data
    with raw(setup.path) as tamper:
        _segment_case(case, doc, tamper)
    refused(lambda: read_all(setup.session, doc), VaultTampered, f"document {doc}", "original")
    assert any(doc in problem for problem in problems(setup))


def test_truncations_of_each_segment_of_a_big_document_are_refused(
    setup: Setup, big: tuple[str, bytes]
) -> None:
    doc, _ = big
    where = "document_id = ? AND stream = 'original' AND seq = ?"
    with raw(setup.path) as tamper:
        tamper.execute("PRAGMA synchronous=OFF")
        for seq in range(3):
            original = blob(tamper, f"SELECT data FROM segments WHERE {where}", doc, seq)
            cuts = {0, 1, 55, 56, 57, len(original) // 2, len(original) - 17, len(original) - 1}
            cuts |= set(range(16 * 1024, len(original), 16 * 1024 + 16))
            for length in sorted(cut for cut in cuts if 0 <= cut < len(original)):
                tamper.execute(
                    f"UPDATE segments SET data = ? WHERE {where}", (original[:length], doc, seq)
                )
                refused(lambda: read_all(setup.session, doc), VaultTampered, doc)
            tamper.execute(f"UPDATE segments SET data = ? WHERE {where}", (original, doc, seq))
    assert problems(setup) == []


# --------------------------------------------------------------------------------------
# Rows swapped or moved between documents
# --------------------------------------------------------------------------------------


def _swap(tamper: sqlite3.Connection, table: str, column: str, key: str, a: str, b: str) -> None:
    value_a = blob(tamper, f"SELECT {column} FROM {table} WHERE {key} = ?", a)
    value_b = blob(tamper, f"SELECT {column} FROM {table} WHERE {key} = ?", b)
    tamper.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (value_b, a))
    tamper.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (value_a, b))


def test_swapped_wrapped_keys_are_refused(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        _swap(tamper, "documents", "wrapped_key", "id", setup.doc_a, setup.doc_b)
    for doc in (setup.doc_a, setup.doc_b):
        refused(lambda doc=doc: setup.session.document(doc), VaultTampered, doc)
        refused(lambda doc=doc: read_all(setup.session, doc), VaultTampered, doc)
    found = problems(setup)
    assert any(setup.doc_a in p for p in found) and any(setup.doc_b in p for p in found)


def test_swapped_metadata_is_refused(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        _swap(tamper, "documents", "meta", "id", setup.doc_a, setup.doc_b)
    for doc in (setup.doc_a, setup.doc_b):
        refused(lambda doc=doc: setup.session.document(doc), VaultTampered, doc)
        refused(lambda doc=doc: setup.session.read_text(doc), VaultTampered, doc)


@pytest.mark.parametrize("stream", ["original", "text"])
def test_swapped_segments_are_refused(setup: Setup, stream: str) -> None:
    with raw(setup.path) as tamper:
        for doc, other in ((setup.doc_a, "tmp"), (setup.doc_b, setup.doc_a), ("tmp", setup.doc_b)):
            tamper.execute(
                "UPDATE segments SET document_id = ? WHERE document_id = ? AND stream = ?",
                (other, doc, stream),
            )
    read = {
        "original": lambda doc: read_all(setup.session, doc),
        "text": setup.session.read_text,
    }[stream]
    for doc in (setup.doc_a, setup.doc_b):
        refused(lambda doc=doc: read(doc), VaultTampered, doc, stream)


def test_a_segment_moved_to_another_document_is_refused(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        # A's original segment replaces B's ...
        tamper.execute(
            "DELETE FROM segments WHERE document_id = ? AND stream = 'original'", (setup.doc_b,)
        )
        tamper.execute(
            "UPDATE segments SET document_id = ? WHERE document_id = ? AND stream = 'original'",
            (setup.doc_b, setup.doc_a),
        )
        # ... and A's text segment is appended to B's text.
        tamper.execute(
            "UPDATE segments SET document_id = ?, seq = 1"
            " WHERE document_id = ? AND stream = 'text'",
            (setup.doc_b, setup.doc_a),
        )
    refused(lambda: read_all(setup.session, setup.doc_b), VaultTampered, setup.doc_b)
    refused(lambda: setup.session.read_text(setup.doc_b), VaultTampered, setup.doc_b)
    refused(lambda: read_all(setup.session, setup.doc_a), VaultTampered, setup.doc_a)
    refused(lambda: setup.session.read_text(setup.doc_a), VaultTampered, setup.doc_a)


def test_documents_with_swapped_ids_are_refused(setup: Setup) -> None:
    a, b = setup.doc_a, setup.doc_b
    with raw(setup.path) as tamper:
        for table, column in (("documents", "id"), ("segments", "document_id")):
            tamper.execute(f"UPDATE {table} SET {column} = 'tmp' WHERE {column} = ?", (a,))
            tamper.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (a, b))
            tamper.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = 'tmp'", (b,))
    for doc in (a, b):
        refused(lambda doc=doc: setup.session.document(doc), VaultTampered, doc)


# --------------------------------------------------------------------------------------
# Whole rows deleted or added, editors edited
# --------------------------------------------------------------------------------------


def test_a_deleted_document_is_named_by_the_head_check(setup: Setup) -> None:
    setup.session.connection.close()
    with raw(setup.path) as tamper:
        tamper.execute("DELETE FROM segments WHERE document_id = ?", (setup.doc_b,))
        tamper.execute("DELETE FROM documents WHERE id = ?", (setup.doc_b,))
    for editor, passphrase in (("alice", ALICE_PASSPHRASE), ("bob", BOB_PASSPHRASE)):
        refused(
            lambda e=editor, p=passphrase: setup.vault.unlock(e, p),
            VaultTampered,
            "number of documents",
        )


def test_a_document_marked_shredded_without_shredding_is_reported(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        tamper.execute("UPDATE documents SET state = 'shredded' WHERE id = ?", (setup.doc_a,))
    found = problems(setup)
    assert any("segments belong to no live document" in problem for problem in found), found


# --------------------------------------------------------------------------------------
# Audit chain
# --------------------------------------------------------------------------------------


@pytest.fixture
def chain(setup: Setup) -> int:
    """A few more entries so there is a middle; returns the last seq."""
    setup.session.record("document.view", setup.doc_a, {"stream": "text"})
    setup.session.record("document.view", setup.doc_b, {"stream": "text"})
    last, _ = audit.head(setup.session.connection)
    assert last >= 7
    assert setup.vault.verify_audit().ok
    return int(last)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("details", '{"kind": "pdf"}'),
        ("action", "document.release"),
        ("at", "2020-01-01T00:00:00+00:00"),
        ("editor_id", "e000000000000"),
        ("object_id", "d0000000000"),
    ],
)
@pytest.mark.parametrize("where", ["middle", "last"])
def test_an_edited_audit_entry_is_named(
    setup: Setup, chain: int, column: str, value: str, where: str
) -> None:
    seq = 4 if where == "middle" else chain
    with raw(setup.path) as tamper:
        before = tamper.execute(f"SELECT {column} FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
        assert before != value
        tamper.execute(f"UPDATE audit SET {column} = ? WHERE seq = ?", (value, seq))
    report = setup.vault.verify_audit()
    assert report.broken_seq == seq, report
    assert report.reason
    assert f"audit entry {seq}" in " ".join(problems(setup))


def test_a_forged_signature_is_named(setup: Setup, chain: int) -> None:
    with raw(setup.path) as tamper:
        signature = blob(tamper, "SELECT signature FROM audit WHERE seq = 3")
        tamper.execute("UPDATE audit SET signature = ? WHERE seq = 3", (flip(signature, 10),))
    report = setup.vault.verify_audit()
    assert (report.broken_seq, report.reason) == (3, "signature does not verify")


def test_a_deleted_middle_audit_entry_is_named(setup: Setup, chain: int) -> None:
    with raw(setup.path) as tamper:
        tamper.execute("DELETE FROM audit WHERE seq = 3")
    report = setup.vault.verify_audit()
    assert report.broken_seq == 3, report
    assert report.reason == "entry 3 is missing (found 4 next)"
    assert (report.checked, report.head_seq) == (2, 2)


def test_reordered_audit_entries_are_named(setup: Setup, chain: int) -> None:
    with raw(setup.path) as tamper:
        tamper.execute("UPDATE audit SET seq = 1000 WHERE seq = 3")
        tamper.execute("UPDATE audit SET seq = 3 WHERE seq = 4")
        tamper.execute("UPDATE audit SET seq = 4 WHERE seq = 1000")
    report = setup.vault.verify_audit()
    assert report.broken_seq == 3, report
    assert report.reason == "does not link to the previous entry"


def test_a_deleted_last_audit_entry_needs_the_head_or_a_checkpoint(
    setup: Setup, chain: int
) -> None:
    private, public = setup.session.signing_keys()
    point = checkpoint.create(setup.session, private, public)
    assert point.seq == chain
    checkpoint.verify(setup.vault, point)
    setup.session.connection.close()
    with raw(setup.path) as tamper:
        tamper.execute("DELETE FROM audit WHERE seq = ?", (chain,))

    # The chain alone still verifies: a cut-off tail is invisible to it ...
    report = setup.vault.verify_audit()
    assert report.ok and report.head_seq == chain - 1
    # ... but the sealed head catches it on unlock ...
    refused(
        lambda: setup.vault.unlock("alice", ALICE_PASSPHRASE),
        VaultTampered,
        "length of the audit log",
    )
    # ... and so does a checkpoint kept outside the vault, without any passphrase.
    with pytest.raises(VaultTampered) as caught:
        checkpoint.verify(setup.vault, checkpoint.parse(point.to_json()))
    assert "cut short" in one_line(caught.value)
    assert str(chain) in str(caught.value)


# --------------------------------------------------------------------------------------
# Replay of older values after key rotation
# --------------------------------------------------------------------------------------


def test_replayed_wrapped_key_after_rotation_is_refused(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        old_key = blob(tamper, "SELECT wrapped_key FROM documents WHERE id = ?", setup.doc_a)
        old_secret = blob(tamper, "SELECT sealed FROM secrets WHERE name = ?", SECRET)
    assert setup.session.rotate_master_key() == 2
    assert_intact(setup)
    with raw(setup.path) as tamper:
        tamper.execute("UPDATE documents SET wrapped_key = ? WHERE id = ?", (old_key, setup.doc_a))
        tamper.execute("UPDATE secrets SET sealed = ? WHERE name = ?", (old_secret, SECRET))
    refused(lambda: setup.session.document(setup.doc_a), VaultTampered, setup.doc_a)
    refused(lambda: read_all(setup.session, setup.doc_a), VaultTampered, setup.doc_a)
    refused(lambda: setup.session.get_secret(SECRET), VaultTampered, SECRET)
    found = problems(setup)
    assert any(setup.doc_a in p for p in found) and any(SECRET in p for p in found), found
    assert read_all(setup.session, setup.doc_b) == small_original("B")


def test_replayed_master_wrap_or_head_after_rotation_is_refused(setup: Setup) -> None:
    with raw(setup.path) as tamper:
        old_wrap = blob(tamper, "SELECT master_wrap FROM editors WHERE name = 'alice'")
    setup.session.rotate_master_key()
    with raw(setup.path) as tamper:
        tamper.execute("UPDATE editors SET master_wrap = ? WHERE name = 'alice'", (old_wrap,))
    vault = Vault.open(setup.path)
    try:
        refused(lambda: vault.unlock("alice", ALICE_PASSPHRASE), VaultTampered, "alice")
    finally:
        vault.close()


def test_a_history_rewritten_by_an_editor_is_caught_by_a_checkpoint(
    setup: Setup, chain: int
) -> None:
    """An insider with a key can re-sign a new tail; only a checkpoint kept outside shows it."""
    private, public = setup.session.signing_keys()
    point = checkpoint.create(setup.session, private, public)
    session = setup.session
    with raw(setup.path) as insider:
        insider.execute("BEGIN IMMEDIATE")
        insider.execute("DELETE FROM audit WHERE seq = ?", (chain,))
        audit.append(
            insider,
            session.vault_id,
            session.editor_id,
            private,
            "document.view",
            setup.doc_b,
            {"stream": "original"},
        )
        head.seal(insider, session.keys.master_key, session.vault_id, session.keys.key_id)
        insider.execute("COMMIT")
    assert setup.vault.verify_audit().ok  # signed by a real editor: the chain is valid
    with pytest.raises(VaultTampered) as caught:
        checkpoint.verify(setup.vault, point)
    kept = caught.value  # e.g. shown to the user, traceback and all
    assert f"audit entry {chain} differs from the checkpoint" in one_line(kept)

    # This workstation saw the original entry: changes wait for an editor to accept.
    with pytest.raises(VaultRolledBack):
        session.record("document.view", setup.doc_a, {"stream": "text"})
    assert session.accept_rollback()
    # The failed check must not pin the vault's connection to the snapshot it read.
    session.record("document.view", setup.doc_a, {"stream": "text"})
    assert setup.vault.verify_audit().head_seq == chain + 2
