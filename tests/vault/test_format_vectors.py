"""Frozen known answers for the vault's record formats: key slot, audit entry, store head.

tests/data/kat/{keyslot,audit_entry,store_head}.json were generated once by
tests/data/kat/generate_formats.py and are the reference. The current code must
reproduce every valid vector byte for byte and accept it, and refuse every invalid one
with the named error. A failure here means existing vaults would stop opening (or their
audit logs stop verifying): never "fix" it by regenerating the files.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from kat_files import KAT_DIR, Vector, load

from vault import audit, crypto, envelope, errors, head, keyslots, schema
from vault.binding import Binding
from vault.kdf import KdfParams, derive_key

GENERATOR = KAT_DIR / "generate_formats.py"
FILES = ("keyslot.json", "audit_entry.json", "store_head.json")


def cases(name: str, **where: Any) -> list[Any]:
    return [
        pytest.param(vector, id=vector["id"])
        for vector in load(name)
        if all(vector.get(key) == value for key, value in where.items())
    ]


def h(vector: Vector, field: str) -> bytes:
    return bytes.fromhex(vector[field])


def error_class(vector: Vector) -> type[errors.VaultError]:
    error = getattr(errors, vector["error"])
    assert issubclass(error, errors.VaultError)
    return error  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", FILES)
def test_format_kat_files_are_well_formed(name: str) -> None:
    vectors = load(name)
    ids = [vector["id"] for vector in vectors]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert {vector["result"] for vector in vectors} == {"valid", "invalid"}
    assert sum(vector["result"] == "invalid" for vector in vectors) >= 3


def test_generator_is_deterministic_and_refuses_to_overwrite(tmp_path: Path) -> None:
    command = [sys.executable, str(GENERATOR), "--out", str(tmp_path)]
    first = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert first.returncode == 0, first.stderr
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (KAT_DIR / name).read_bytes(), name
    again = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 1
    assert "refusing to overwrite" in again.stderr


# --------------------------------------------------------------------------------------
# Key slots
# --------------------------------------------------------------------------------------


def _open_slot(vector: Vector) -> keyslots.EditorKeys:
    slot = keyslots.SealedSlot(
        KdfParams.from_json(vector["kdf_params"]), h(vector, "sealed_private")
    )
    return keyslots.open_slot(
        slot,
        vector["passphrase"],
        h(vector, "vault_id"),
        vector["editor_id"],
        (h(vector, "signing_public"), h(vector, "exchange_public")),
    )


@pytest.mark.parametrize("vector", cases("keyslot.json", kind="slot", result="valid"))
def test_key_slot_known_answer(vector: Vector) -> None:
    kdf = KdfParams.from_json(vector["kdf_params"])
    assert kdf.to_json() == vector["kdf_params"]
    kek = derive_key(vector["passphrase"], kdf)
    assert kek == h(vector, "kek")
    vault_id, editor_id = h(vector, "vault_id"), vector["editor_id"]
    binding = keyslots.private_binding(vault_id, editor_id)
    assert binding.encode() == h(vector, "binding")
    private = h(vector, "signing_private") + h(vector, "exchange_private")
    assert envelope.seal_with_nonce(kek, private, binding, h(vector, "nonce")) == h(
        vector, "sealed_private"
    )

    keys = _open_slot(vector)
    assert keys.signing_private == h(vector, "signing_private")
    assert keys.exchange_private == h(vector, "exchange_private")
    assert keys.signing_public == h(vector, "signing_public")

    # seal_slot itself (random nonce) makes a slot of the same shape that opens the same way.
    fresh = keyslots.seal_slot(keys, vector["passphrase"], kdf, vault_id, editor_id)
    assert fresh.kdf == kdf
    assert len(fresh.sealed_private) == len(h(vector, "sealed_private"))
    assert fresh.sealed_private != h(vector, "sealed_private")
    assert envelope.open_sealed(kek, fresh.sealed_private, binding) == private


@pytest.mark.parametrize("vector", cases("keyslot.json", kind="slot", result="invalid"))
def test_key_slot_invalid_vectors_are_refused(vector: Vector) -> None:
    error = error_class(vector)
    with pytest.raises(errors.VaultError) as caught:
        _open_slot(vector)
    assert type(caught.value) is error, f"{type(caught.value).__name__}: {caught.value}"
    assert "\n" not in str(caught.value)


def _editor_keys(vector: Vector) -> keyslots.EditorKeys:
    return keyslots.EditorKeys(
        h(vector, "signing_private"),
        h(vector, "signing_public"),
        h(vector, "exchange_private"),
        h(vector, "exchange_public"),
    )


@pytest.mark.parametrize("vector", cases("keyslot.json", kind="master_wrap", result="valid"))
def test_master_wrap_known_answer(vector: Vector) -> None:
    vault_id, editor_id, key_id = h(vector, "vault_id"), vector["editor_id"], vector["key_id"]
    assert keyslots.wrap_binding(vault_id, editor_id, key_id).encode() == h(vector, "info")
    keys = _editor_keys(vector)
    master = keyslots.unwrap_master(h(vector, "master_wrap"), keys, vault_id, editor_id, key_id)
    assert master == h(vector, "master_key")
    # wrap_master uses a random ephemeral key: same size, different bytes, same answer.
    fresh = keyslots.wrap_master(master, keys.exchange_public, vault_id, editor_id, key_id)
    assert len(fresh) == len(h(vector, "master_wrap"))
    assert fresh != h(vector, "master_wrap")
    assert keyslots.unwrap_master(fresh, keys, vault_id, editor_id, key_id) == master


@pytest.mark.parametrize("vector", cases("keyslot.json", kind="master_wrap", result="invalid"))
def test_master_wrap_invalid_vectors_are_refused(vector: Vector) -> None:
    with pytest.raises(errors.VaultError) as caught:
        keyslots.unwrap_master(
            h(vector, "master_wrap"),
            _editor_keys(vector),
            h(vector, "vault_id"),
            vector["editor_id"],
            vector["key_id"],
        )
    assert type(caught.value) is error_class(vector)


# --------------------------------------------------------------------------------------
# Audit entries
# --------------------------------------------------------------------------------------


def _memory_vault() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    schema.apply_migrations(connection)
    return connection


def _insert_entry(connection: sqlite3.Connection, vector: Vector) -> None:
    connection.execute(
        "INSERT INTO audit (seq, at, editor_id, action, object_id, details, prev_hash,"
        " entry_hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            vector["seq"],
            vector["at"],
            vector["editor_id"],
            vector["action"],
            vector["object_id"],
            vector["details_column"],
            h(vector, "prev_hash"),
            h(vector, "entry_hash"),
            h(vector, "signature"),
        ),
    )


VALID_CHAIN = [vector for vector in load("audit_entry.json") if vector["result"] == "valid"]
CHAIN_KEYS = {vector["editor_id"]: h(vector, "signing_public") for vector in VALID_CHAIN}


@pytest.mark.parametrize("vector", cases("audit_entry.json", result="valid"))
def test_audit_entry_known_answer(vector: Vector) -> None:
    vault_id = h(vector, "vault_id")
    form = audit.canonical(
        vault_id,
        vector["seq"],
        vector["at"],
        vector["editor_id"],
        vector["action"],
        vector["object_id"],
        vector["details"],
        h(vector, "prev_hash"),
    )
    assert form == vector["canonical"].encode("ascii")
    assert audit.entry_hash(form) == h(vector, "entry_hash")
    message = audit.signed_message(vault_id, h(vector, "entry_hash"))
    assert message == h(vector, "signed_message")
    assert crypto.sign(h(vector, "signing_private"), message) == h(vector, "signature")
    assert crypto.verify_signature(h(vector, "signing_public"), h(vector, "signature"), message)
    assert json.dumps(vector["details"], sort_keys=True) == vector["details_column"]


def test_audit_chain_of_vectors_verifies() -> None:
    connection = _memory_vault()
    for vector in VALID_CHAIN:
        _insert_entry(connection, vector)
    vault_id = h(VALID_CHAIN[0], "vault_id")
    report = audit.verify(connection, vault_id, CHAIN_KEYS)
    assert report.ok, report
    assert (report.checked, report.head_seq) == (len(VALID_CHAIN), VALID_CHAIN[-1]["seq"])
    assert report.head_hash == h(VALID_CHAIN[-1], "entry_hash")
    read_back = list(audit.entries(connection))
    assert [entry.details for entry in read_back] == [v["details"] for v in VALID_CHAIN]
    assert audit.head(connection) == (VALID_CHAIN[-1]["seq"], h(VALID_CHAIN[-1], "entry_hash"))


def test_audit_append_writes_the_frozen_format() -> None:
    """append() (which stamps the current time) stores details and hash as the vectors do."""
    first = VALID_CHAIN[2]
    connection = _memory_vault()
    vault_id = h(first, "vault_id")
    entry = audit.append(
        connection,
        vault_id,
        first["editor_id"],
        h(first, "signing_private"),
        first["action"],
        first["object_id"],
        first["details"],
    )
    row = connection.execute("SELECT details, prev_hash FROM audit WHERE seq = 1").fetchone()
    assert row[0] == first["details_column"]
    assert bytes(row[1]) == audit.GENESIS_HASH
    form = audit.canonical(
        vault_id,
        1,
        entry.at,
        first["editor_id"],
        first["action"],
        first["object_id"],
        first["details"],
        audit.GENESIS_HASH,
    )
    assert entry.entry_hash == audit.entry_hash(form)
    assert entry.signature == crypto.sign(
        h(first, "signing_private"), audit.signed_message(vault_id, entry.entry_hash)
    )


@pytest.mark.parametrize("vector", cases("audit_entry.json", result="invalid"))
def test_audit_invalid_entry_breaks_the_chain_where_named(vector: Vector) -> None:
    connection = _memory_vault()
    for good in VALID_CHAIN:
        _insert_entry(connection, vector if good["seq"] == vector["seq"] else good)
    report = audit.verify(connection, h(vector, "vault_id"), CHAIN_KEYS)
    assert not report.ok
    assert report.broken_seq == vector["broken_seq"], report
    assert report.head_seq == vector["broken_seq"] - 1


# --------------------------------------------------------------------------------------
# Store head
# --------------------------------------------------------------------------------------

BLOB_COLUMNS = (4, 5, 7, 8)  # signing_public, exchange_public, sealed_private, master_wrap
DOCUMENT_BLOB_COLUMNS = (4, 5)  # wrapped_key, meta
LABELS = {
    "format": "format",
    "slots_hash": "editor key slots",
    "documents": "number of documents",
    "documents_hash": "documents' states or dates",
    "secrets_hash": "vault secrets",
    "audit_seq": "length of the audit log",
    "audit_hash": "last audit entry",
}


def _state_db(state: Vector) -> sqlite3.Connection:
    """A database holding exactly what a head vector describes."""
    connection = _memory_vault()
    for row in state["editors"]:
        values = [
            bytes.fromhex(value) if index in BLOB_COLUMNS and value is not None else value
            for index, value in enumerate(row)
        ]
        connection.execute(
            "INSERT INTO editors (id, name, state, created_at, signing_public, exchange_public,"
            " kdf_params, sealed_private, master_wrap) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
    if isinstance(state["documents"], int):  # format 1 vectors: only the count matters
        rows = [
            [f"d{number:03d}", "2026-03-01T09:00:00+00:00", 0, "received", None, None, None]
            for number in range(state["documents"])
        ]
    else:
        rows = state["documents"]
    for row in rows:  # in intake (rowid) order
        values = [
            bytes.fromhex(value) if index in DOCUMENT_BLOB_COLUMNS and value is not None else value
            for index, value in enumerate(row)
        ]
        connection.execute(
            "INSERT INTO documents (id, received_at, size, state, wrapped_key, meta, shredded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            values,
        )
    for name, sealed in state.get("secrets", []):
        connection.execute(
            "INSERT INTO secrets (name, sealed) VALUES (?, ?)", (name, bytes.fromhex(sealed))
        )
    if state["audit_seq"]:
        connection.execute(
            "INSERT INTO audit (seq, at, editor_id, action, object_id, details, prev_hash,"
            " entry_hash, signature) VALUES (?, '', '', '', NULL, '{}', x'', ?, x'')",
            (state["audit_seq"], bytes.fromhex(state["audit_hash"])),
        )
    return connection


def _store(connection: sqlite3.Connection, sealed: bytes) -> None:
    connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)", (sealed,))


@pytest.mark.parametrize("vector", cases("store_head.json", result="valid"))
def test_store_head_known_answer(vector: Vector) -> None:
    master, vault_id, key_id = h(vector, "master_key"), h(vector, "vault_id"), vector["key_id"]
    head_key = crypto.hkdf_sha256(master, None, vector["head_key_info"].encode(), 32)
    assert head_key == h(vector, "head_key")
    binding = Binding(vault_id, "meta", "head", "sealed", key_id)
    assert binding.encode() == h(vector, "binding")
    plaintext = vector["plaintext"].encode()
    assert envelope.seal_with_nonce(head_key, plaintext, binding, h(vector, "nonce")) == h(
        vector, "sealed"
    )

    connection = _state_db(vector["state_rows"])
    current = json.dumps(
        dataclasses.asdict(head.current(connection, vault_id, key_id)), sort_keys=True
    )
    frozen = json.loads(vector["plaintext"])
    if frozen["format"] == head.LEGACY_FORMAT:
        # A head written before format 2 still opens the vault it describes ...
        assert json.loads(current).items() >= frozen.items() - {("format", head.LEGACY_FORMAT)}
    else:
        # Format 2 hashed the items row by row in key order; format 3 sums them
        # (vault/items_sum.py); format 4 pins them through each document row's items
        # sum and counts, which its documents_hash adds: every other field is the same.
        assert frozen["format"] == head.SORTED_ITEMS_FORMAT
        assert frozen.get("items_hash", head.sorted_items_hash(connection)) == (
            head.sorted_items_hash(connection)
        )
        assert frozen["documents_hash"] == head.documents_hash(connection, with_items=False)
        now = json.loads(current)
        assert now["format"] == head.FORMAT
        items = ("format", "items_hash", "items_sum", "documents_hash")
        assert {k: v for k, v in now.items() if k not in items} == {
            k: v for k, v in frozen.items() if k not in items
        }
    _store(connection, h(vector, "sealed"))
    head.check(connection, master, vault_id, key_id)

    # head.seal (random nonce) writes a head of the current format (... and the next
    # change replaces a format 1 head by one).
    head.seal(connection, master, vault_id, key_id)
    resealed = connection.execute("SELECT value FROM meta WHERE key = 'head'").fetchone()[0]
    assert bytes(resealed) != h(vector, "sealed")
    assert envelope.open_sealed(head_key, bytes(resealed), binding) == current.encode()
    head.check(connection, master, vault_id, key_id)


@pytest.mark.parametrize("vector", cases("store_head.json", result="invalid"))
def test_store_head_invalid_vectors_are_refused(vector: Vector) -> None:
    connection = _state_db(vector["state_rows"])
    _store(connection, h(vector, "sealed"))
    with pytest.raises(errors.VaultError) as caught:
        head.check(connection, h(vector, "master_key"), h(vector, "vault_id"), vector["key_id"])
    assert type(caught.value) is errors.VaultTampered
    message = str(caught.value)
    if vector["differs"] is None:
        assert "does not verify" in message
    else:
        assert LABELS[vector["differs"]] in message, message
