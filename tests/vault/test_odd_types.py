"""Rows edited to hold values of unexpected types are named as tampering, never a crash.

SQLite stores any type in any column. An audit row whose details are not a JSON object,
whose time is a BLOB or whose editor is a number must still be listed (raw values as
text) and must fail verification with a reason; a document whose size is not a number
is named. File names with undecodable bytes (lone surrogates) round-trip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, one_line, raw

from vault import audit
from vault.errors import VaultTampered
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault
from workstation.services import audit_log

AUDIT_EDITS = {
    "details is a JSON list": ("details", "[1]", "details are not a JSON object"),
    "details is a JSON string": ("details", '"ab"', "details are not a JSON object"),
    "details is not JSON": ("details", "{oops", "details are not valid JSON"),
    "details hold a nested object": ("details", '{"a": {"b": 1}}', "one of its details"),
    "details stored as a BLOB": ("details", b"{}", "details are not stored as text"),
    "time stored as a BLOB": ("at", b"\x00", "time is not stored as text"),
    # (an integer put into a TEXT column is stored as text by SQLite: a plain edit)
    "editor stored as a BLOB": ("editor_id", b"e1", "editor is not stored as text"),
    "action stored as a BLOB": ("action", b"document.show", "action is not stored as text"),
    "object stored as a BLOB": ("object_id", b"d1", "object is not stored as text"),
    "hash stored as text": ("entry_hash", "abc", "hash is not stored as binary data"),
}


@pytest.mark.parametrize("case", list(AUDIT_EDITS))
def test_an_audit_row_of_unexpected_types_is_listed_and_named(
    session: Session, vault_path: Path, case: str
) -> None:
    session.add_document({"name": "a.txt"}, [b"hello"], "hello", {"kind": "txt"})
    session.connection.close()
    column, value, reason = AUDIT_EDITS[case]
    with raw(vault_path) as tamper:
        tamper.execute(f"UPDATE audit SET {column} = ? WHERE seq = 2", (value,))
    vault = Vault.open(vault_path)
    try:
        entries = list(vault.audit_entries())
        assert [entry.seq for entry in entries] == [1, 2]
        edited = entries[1]
        assert reason in edited.problem
        for text in (edited.at, edited.editor_id, edited.action):
            assert isinstance(text, str)
        assert isinstance(edited.details, dict)
        assert all(
            value is None or isinstance(value, str | int | bool)
            for value in edited.details.values()
        )
        report = vault.verify_audit()
        assert report.broken_seq == 2, report
        assert reason in report.reason and "\n" not in report.reason
        # What 'audit show' renders: no crash, the raw values as text.
        rows = audit_log.rows(vault)
        assert len(rows) == 2
        line = " ".join(f"{k}={v}" for k, v in sorted(rows[1].details.items()))
        assert isinstance(rows[1].at.replace("T", " "), str) and isinstance(line, str)
    finally:
        vault.close()


def test_a_well_formed_entry_has_no_problem(session: Session) -> None:
    assert [entry.problem for entry in audit.entries(session.connection)] == [""]


def test_a_document_size_that_is_not_a_number_is_named(session: Session, vault_path: Path) -> None:
    info = session.add_document({"name": "a.txt"}, [b"hello"], "hello", {})
    with raw(vault_path) as tamper:
        tamper.execute("UPDATE documents SET size = 'big' WHERE id = ?", (info.id,))
    with pytest.raises(VaultTampered) as caught:
        session.document(info.id)
    assert info.id in one_line(caught.value)
    listed = session.list_documents()
    assert [(d.id, d.state, d.size) for d in listed] == [(info.id, "damaged", 0)]
    vault = Vault.open(vault_path)
    try:
        report = verify_vault(vault, session)
        assert any(info.id in problem for problem in report.problems), report.problems
        with pytest.raises(VaultTampered):
            vault.unlock("alice", ALICE_PASSPHRASE)
    finally:
        vault.close()


def test_a_file_name_with_undecodable_bytes_round_trips(session: Session, vault_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \xff.txt")  # Latin-1 bytes on a UTF-8 system
    assert "\udce9" in name
    info = session.add_document({"name": name}, [b"data"], "data", {})
    assert info.name == name
    assert session.document(info.id).name == name
    session.connection.close()
    reopened = Vault.open(vault_path).unlock("alice", ALICE_PASSPHRASE)
    assert reopened.document(info.id).name == name
    assert os.fsencode(reopened.document(info.id).name) == b"caf\xe9 \xff.txt"
    reopened.connection.close()
