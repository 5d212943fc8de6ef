"""Known answers for format 4's keyed item sums and the listing snapshot's key and digest.

Fixed keys and rows give fixed values, worked out once from docs/vault-format.md with
HKDF and HMAC straight from ``cryptography`` and ``hmac`` (see ``test_the_spec_gives_
these_values``), and frozen here. A failure means every format-4 vault written so far
would stop opening: never "fix" it by changing the hex.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault import items_mac, listing_snapshot
from vault.errors import VaultTampered

MASTER_KEY = bytes(range(32))
DOCUMENT = "d23456789ab"
ROWS = (
    (DOCUMENT, "proposal", "p0123456789", "pending", bytes.fromhex("01" + "aa" * 12 + "bb" * 20)),
    (DOCUMENT, "proposal", "p9876543210", "accepted", bytes.fromhex("01" + "cc" * 12 + "dd" * 20)),
    (DOCUMENT, "fingerprint", "pass", "done", b"\x01" + b"\x00" * 28),
)
ITEMS_KEY = "880a6bad0b90e0c995cf2c4fc1736c135cc750e99b575b2a43d8798e9f4ab7f2"
ROW_VALUES = (
    "0440328a4629657277777eaab32891fbb15ce4991e188d75b4447da15f167557",
    "05043dba1768266304724c0b89bdb353af9c0150ea5c5a77a79cd8f1c6c4b3b9",
    "ff3dd16a01a0076a5825814777adc5dcd2e0d7253dc8c9babc259ecfecbdb34b",
)
SUM_OF_ALL = "088241ae5f31933fd40f4bfdb4940b2c33d9bd0f463db1a81806f5631298dc5b"  # wraps past 2^256
SUM_OF_FIRST_TWO = "094470445d918bd57be9cab63ce6454f60f8e5ea0874e7ed5be1569325db2910"
COUNTS = '{"fingerprint":{"done":1},"proposal":{"accepted":1,"pending":1}}'
LISTING_KEY = "8c8604fec624811e7811b46ab52506ee73f42e6bb0b173315dc78d2d79fc77dd"
LISTING_DIGEST = "7a5889e969a6fe4c53da2b5a0582c8b5104b5e81fb06829e6e36b4a69ef04e2a"


def _vault_tables() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE items (document_id, kind, id, state, data)")
    connection.execute("CREATE TABLE documents (id, items_sum, item_counts)")
    connection.execute("INSERT INTO documents VALUES (?, NULL, NULL)", (DOCUMENT,))
    connection.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?)", ROWS)
    return connection


def test_the_spec_gives_these_values() -> None:
    """The frozen hex, recomputed from the format description alone."""
    items_key = HKDF(hashes.SHA256(), 32, None, b"workstation/items-mac-key/v1").derive(MASTER_KEY)
    assert items_key.hex() == ITEMS_KEY
    values = []
    for row in ROWS:
        line = [*row[:4], {"blob": row[4].hex()}]
        message = (
            b"workstation/items-mac-row/v1\n" + json.dumps(line, separators=(",", ":")).encode()
        )
        values.append(hmac.new(items_key, message, hashlib.sha256).digest().hex())
    assert tuple(values) == ROW_VALUES
    total = sum(int(value, 16) for value in values) % 2**256
    assert total.to_bytes(32, "big").hex() == SUM_OF_ALL


def test_the_code_gives_the_frozen_values() -> None:
    items_key = items_mac.key(MASTER_KEY)
    assert items_key.hex() == ITEMS_KEY
    for row, value in zip(ROWS, ROW_VALUES, strict=True):
        assert items_mac.row_value(items_key, row).to_bytes(32, "big").hex() == value
    connection = _vault_tables()
    items_mac.rebuild(connection, items_key)
    stored_sum, stored_counts = connection.execute(
        "SELECT items_sum, item_counts FROM documents"
    ).fetchone()
    assert (stored_sum.hex(), stored_counts) == (SUM_OF_ALL, COUNTS)
    items_mac.check(connection, items_key, DOCUMENT)


def test_a_change_adds_and_takes_away_only_the_rows_it_writes() -> None:
    items_key = items_mac.key(MASTER_KEY)
    connection = _vault_tables()
    items_mac.rebuild(connection, items_key)
    tally = items_mac.Tally(items_key)
    tally.add(ROWS[2], -1)
    tally.flush(connection)
    stored_sum, stored_counts = connection.execute(
        "SELECT items_sum, item_counts FROM documents"
    ).fetchone()
    assert stored_sum.hex() == SUM_OF_FIRST_TWO
    assert stored_counts == '{"proposal":{"accepted":1,"pending":1}}'


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE items SET state = 'accepted' WHERE id = 'p0123456789'",  # a decision changed
        "DELETE FROM items WHERE id = 'p9876543210'",  # a decision removed
        "UPDATE items SET document_id = 'd999' WHERE id = 'pass'",  # moved away
        "INSERT INTO items SELECT document_id, kind, 'p5555555555', state, data FROM items"
        " WHERE id = 'p0123456789'",  # a copy under another id
    ],
)
def test_rows_that_are_not_the_summed_ones_are_refused(tamper: str) -> None:
    items_key = items_mac.key(MASTER_KEY)
    connection = _vault_tables()
    items_mac.rebuild(connection, items_key)
    connection.execute(tamper)
    with pytest.raises(VaultTampered, match=DOCUMENT):
        items_mac.check(connection, items_key, DOCUMENT)


def test_the_listing_snapshot_key_and_rows_digest() -> None:
    assert listing_snapshot.key(MASTER_KEY).hex() == LISTING_KEY
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE documents (id, received_at, size, state, wrapped_key, meta)")
    connection.execute(
        "INSERT INTO documents VALUES (?, '2026-12-01T09:00:00+00:00', 5, 'received', ?, ?)",
        (DOCUMENT, b"\x01" + b"\xaa" * 60, b"\x01" + b"\xbb" * 40),
    )
    connection.execute(
        "INSERT INTO documents VALUES"
        " ('dbcdefghjkm', '2026-12-01T09:00:00+00:00', 0, 'shredded', NULL, NULL)"
    )
    rows = connection.execute(f"{listing_snapshot.ROW_QUERY} ORDER BY rowid").fetchall()
    lines = "".join(str(row[7]) for row in rows)
    assert lines == (
        f"1,'{DOCUMENT}',X'01{'AA' * 60}',X'01{'BB' * 40}'\n2,'dbcdefghjkm',NULL,NULL\n"
    )
    expected = hashlib.sha256(b"workstation/listing-rows/v1\n" + lines.encode()).hexdigest()
    assert expected == LISTING_DIGEST
    assert listing_snapshot.rows_digest(rows).hex() == LISTING_DIGEST
