"""The listing snapshot: every document's decrypted metadata, sealed in a few blobs.

Listing 250,000 documents one by one opens two envelopes and parses one JSON per
document (about 20 µs each: five seconds before ``list`` can show anything). The
snapshot keeps what those openings gave, in segments of ``SEGMENT_ROWS`` documents
(by rowid), each one AES-256-GCM envelope under a key derived from the master key.

A segment is a cache, never a source of truth: it records a SHA-256 digest of the
exact document rows it was made from (rowid, id, wrapped key and metadata
ciphertexts), and is used only while the rows hash to that digest. A row changed,
added, removed or replayed behind the vault's back changes the digest, so its whole
segment falls back to opening every row (which names the damaged one, as before); a
segment swapped for another or an older one is caught the same way (its binding names
its place and key generation, its digest the rows). Nothing is ever decrypted from a
segment whose rows changed. Changes re-seal the segments of the rows they wrote, in
the same transaction (temporary triggers note them), so at rest the snapshot matches.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from vault import binding, crypto, envelope
from vault.errors import DecryptionFailed

SEGMENT_ROWS = 4096
_KEY_INFO = b"workstation/listing-key/v1"
_ROWS_DOMAIN = b"workstation/listing-rows/v1\n"
_DECODE = json.JSONDecoder().decode
_PREFIX = "listing:"

Row = tuple[Any, ...]  # id, received_at, size, state, wrapped_key, meta, rowid, line
ROW_QUERY = (
    "SELECT id, received_at, size, state, wrapped_key, meta, rowid,"
    " quote(rowid) || ',' || quote(id) || ',' || quote(wrapped_key) || ',' || quote(meta)"
    " || char(10) FROM documents"
)

DIRTY_TRIGGERS = (  # 4096 is SEGMENT_ROWS (a test checks they agree)
    "CREATE TEMP TABLE IF NOT EXISTS workstation_listing_dirty (segment INTEGER PRIMARY KEY)",
    "CREATE TEMP TRIGGER IF NOT EXISTS workstation_listing_insert AFTER INSERT ON main.documents"
    " BEGIN INSERT OR IGNORE INTO workstation_listing_dirty VALUES (NEW.rowid / 4096);"
    " END",
    "CREATE TEMP TRIGGER IF NOT EXISTS workstation_listing_delete AFTER DELETE ON main.documents"
    " BEGIN INSERT OR IGNORE INTO workstation_listing_dirty VALUES (OLD.rowid / 4096);"
    " END",
    "CREATE TEMP TRIGGER IF NOT EXISTS workstation_listing_update"
    " AFTER UPDATE OF rowid, id, state, wrapped_key, meta ON main.documents BEGIN"
    " INSERT OR IGNORE INTO workstation_listing_dirty VALUES (OLD.rowid / 4096);"
    " INSERT OR IGNORE INTO workstation_listing_dirty VALUES (NEW.rowid / 4096); END",
)


def key(master_key: bytes) -> bytes:
    """The snapshot key of one master-key generation (a rotation re-seals every segment)."""
    return crypto.hkdf_sha256(master_key, None, _KEY_INFO, crypto.KEY_BYTES)


def segment_binding(vault_id: bytes, segment: int, key_id: int) -> binding.Binding:
    return binding.Binding(vault_id, "meta", f"{_PREFIX}{segment}", "value", key_id)


def track(connection: sqlite3.Connection) -> None:
    """Note, in this connection only, the segments whose rows a change writes."""
    for statement in DIRTY_TRIGGERS:
        connection.execute(statement)


def rows_digest(rows: Iterable[Row]) -> bytes:
    """SHA-256 of the rows a segment is made from: each row's line, written by SQLite
    (``quote()`` keeps text, numbers, BLOBs and NULL apart, as the head's documents hash
    does), so thousands of rows hash without a Python step per column."""
    lines = "".join(str(row[7]) for row in rows)
    return hashlib.sha256(_ROWS_DOMAIN + lines.encode("utf-8", "surrogatepass")).digest()


def read(
    connection: sqlite3.Connection, cipher: crypto.AesGcm, vault_id: bytes, key_id: int,
    segment: int, rows: Sequence[Row],
) -> list[dict[str, Any] | None] | None:  # fmt: skip
    """The metadata of ``rows`` (one segment, in rowid order) from its sealed segment:
    None for a row that did not open when the segment was made; None in all when the
    segment is missing, does not open, or was not made from exactly these rows."""
    stored = connection.execute(
        "SELECT value FROM meta WHERE key = ?", (f"{_PREFIX}{segment}",)
    ).fetchone()
    digest = rows_digest(rows)
    if stored is None or not isinstance(stored[0], bytes):
        return None
    try:
        plaintext = envelope.open_with(
            cipher, stored[0], segment_binding(vault_id, segment, key_id).encode()
        )
        content = _DECODE(plaintext.decode("utf-8"))
    except (DecryptionFailed, ValueError):
        return None
    if not isinstance(content, dict) or content.get("rows") != digest.hex():
        return None
    metas = content.get("meta")
    if not isinstance(metas, list) or len(metas) != len(rows):
        return None
    return metas


def write(
    connection: sqlite3.Connection, listing_key: bytes, vault_id: bytes, key_id: int,
    segment: int, rows: Sequence[Row], metas: Sequence[bytes | None],
) -> None:  # fmt: skip
    """Seal one segment from its rows and their opened metadata (UTF-8 JSON objects, or
    None for a row that did not open); a segment without rows is removed."""
    name = f"{_PREFIX}{segment}"
    digest = rows_digest(rows)
    if not rows:
        connection.execute("DELETE FROM meta WHERE key = ?", (name,))
        return
    body = b"".join(
        (
            b'{"meta":[',
            b",".join(b"null" if meta is None else meta for meta in metas),
            b'],"rows":"',
            digest.hex().encode("ascii"),
            b'"}',
        )
    )
    sealed = envelope.seal(listing_key, body, segment_binding(vault_id, segment, key_id))
    connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (name, sealed))


def segment_rows(connection: sqlite3.Connection, segment: int) -> list[Row]:
    first = segment * SEGMENT_ROWS
    return connection.execute(
        f"{ROW_QUERY} WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
        (first, first + SEGMENT_ROWS - 1),
    ).fetchall()


def segments_to_write(connection: sqlite3.Connection, every: bool) -> set[int]:
    """Segments a change must re-seal: those whose rows it wrote, those missing (a vault
    from before the snapshot, or rows written by another program), or all of them."""
    stored = {
        int(name[len(_PREFIX) :])
        for (name,) in connection.execute("SELECT key FROM meta WHERE key LIKE 'listing:%'")
        if str(name)[len(_PREFIX) :].isdigit()
    }
    (last,) = connection.execute("SELECT MAX(rowid) FROM documents").fetchone()
    present = set(range(int(last) // SEGMENT_ROWS + 1)) if isinstance(last, int) else set()
    if every:
        return stored | present
    dirty = {
        int(segment)
        for (segment,) in connection.execute("SELECT segment FROM workstation_listing_dirty")
    }
    return dirty | (present - stored) | (stored - present)


def clear_dirty(connection: sqlite3.Connection) -> None:
    connection.execute("DELETE FROM workstation_listing_dirty")


def grouped(rows: Iterable[Row]) -> Iterator[tuple[int, list[Row]]]:
    """Rows (in rowid order) cut into their segments."""
    current: list[Row] = []
    segment = -1
    for row in rows:
        number = row[6] // SEGMENT_ROWS if isinstance(row[6], int) else segment
        if number != segment and current:
            yield segment, current
            current = []
        segment = number
        current.append(row)
    if current:
        yield segment, current
