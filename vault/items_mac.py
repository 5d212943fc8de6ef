"""Each document's items, summed under a secret key and sealed into its row (format 4).

Format 3 made unlock re-hash every item of the vault (about 15 to 30 µs each: minutes
for 5 million proposals) before any command could start. Now each document row carries

- ``items_sum``: the sum modulo 2^256 of HMAC-SHA256(items key, row) over the
  document's item rows, and
- ``item_counts``: how many of its items are in each kind and state (what listings show),

and the sealed store head covers both columns of every row (``documents_hash``). So
unlock checks the rows that say which items belong to which document, and the items
themselves are checked when their document is read: every row of it is re-summed and
compared before anything of it is decrypted. A deleted, added, replayed (older
version) or swapped item changes the sum; without the key nobody can compute what a
row adds, so no other set of rows reaches the same sum (a keyed sum of PRF outputs,
Bellare and Micciancio's incremental MAC construction).

The sum is incremental: a change adds the rows it writes and subtracts those it
removes, so a decision costs the same in a document of 10 or 10,000 items, and a
stored sum that already disagrees with its rows keeps disagreeing (never laundered).
The key is derived from the master key and so replaced by every rotation (an editor's
removal rotates): the rotation re-sums every item under the new key, after checking
each document under the old one.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from vault import crypto, db
from vault.errors import VaultTampered
from vault.items_sum import Row, row_bytes

_KEY_INFO = b"workstation/items-mac-key/v1"
_ROW_DOMAIN = b"workstation/items-mac-row/v1\n"
_MODULUS = 1 << 256
SUM_BYTES = 32

Counts = dict[str, dict[str, int]]  # kind -> state -> how many
_DECODE = json.JSONDecoder().decode  # without json.loads' per-call checks (250,000 rows)


def key(master_key: bytes) -> bytes:
    """The items key of one master-key generation."""
    return crypto.hkdf_sha256(master_key, None, _KEY_INFO, crypto.KEY_BYTES)


def row_value(items_key: bytes, row: Row) -> int:
    """What one item row adds to its document's sum (unknowable without the key)."""
    return int.from_bytes(crypto.hmac_sha256(items_key, _ROW_DOMAIN + row_bytes(row)), "big")


def encode_counts(counts: Counts) -> str:
    """Compact JSON with sorted keys, empty kinds and states left out."""
    kept = {
        kind: {state: n for state, n in sorted(states.items()) if n}
        for kind, states in sorted(counts.items())
    }
    return json.dumps({k: v for k, v in kept.items() if v}, separators=(",", ":"))


def typed_row(row: tuple[object, ...], what: str) -> Row:
    """A stored items row with the types the sum needs, or VaultTampered."""
    if not all(isinstance(value, str) for value in row[:4]):
        raise VaultTampered(f"{what} is stored with unexpected types")
    return (str(row[0]), str(row[1]), str(row[2]), str(row[3]), db.blob(row[4], what))


def _stored(connection: sqlite3.Connection, document_id: str) -> tuple[int, Counts]:
    row = connection.execute(
        "SELECT items_sum, item_counts FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    if row is None or not isinstance(row[0], bytes | None) or not isinstance(row[1], str | None):
        raise VaultTampered(f"document {document_id}: its items sum is missing or malformed")
    total = 0 if row[0] is None else int.from_bytes(row[0], "big")
    try:
        counts = json.loads(row[1]) if row[1] is not None else {}
    except ValueError:
        raise VaultTampered(f"document {document_id}: its item counts are malformed") from None
    return total, counts


def _write(connection: sqlite3.Connection, document_id: str, total: int, counts: Counts) -> None:
    connection.execute(
        "UPDATE documents SET items_sum = ?, item_counts = ? WHERE id = ?",
        (total.to_bytes(SUM_BYTES, "big"), encode_counts(counts), document_id),
    )


def _summed(items_key: bytes, rows: Iterable[tuple[object, ...]], what: str) -> tuple[int, Counts]:
    total, counts = 0, Counter[tuple[str, str]]()
    for raw in rows:
        row = typed_row(raw, what)
        total = (total + row_value(items_key, row)) % _MODULUS
        counts[(row[1], row[3])] += 1
    nested: Counts = {}
    for (kind, state), n in counts.items():
        nested.setdefault(kind, {})[state] = n
    return total, nested


def computed(connection: sqlite3.Connection, items_key: bytes, document_id: str) -> int:
    """The sum over the document's item rows as stored now."""
    rows = connection.execute(
        "SELECT document_id, kind, id, state, data FROM items WHERE document_id = ?",
        (document_id,),
    )
    return _summed(items_key, rows, f"document {document_id}: an item")[0]


def check(connection: sqlite3.Connection, items_key: bytes, document_id: str) -> None:
    """Refuse a document whose item rows are not the ones sealed with it."""
    if computed(connection, items_key, document_id) != _stored(connection, document_id)[0]:
        raise VaultTampered(
            f"document {document_id}: its proposals or decisions were changed outside"
            " workstation (an item was added, removed, replayed or moved)"
        )


def parsed_counts(document_id: str, stored: object) -> Counts | None:
    """A row's item_counts column as kind -> state -> count (None when not yet written)."""
    if stored is None:
        return None
    try:
        counts = _DECODE(stored) if isinstance(stored, str) else None
    except ValueError:
        counts = None
    if not isinstance(counts, dict):
        raise VaultTampered(f"document {document_id}: its item counts are malformed")
    return counts


def counts_of(connection: sqlite3.Connection, document_id: str, kind: str) -> dict[str, int] | None:
    """How many items of ``kind`` are in each state, from the row (None before format 4)."""
    row = connection.execute(
        "SELECT item_counts FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    if row is None or row[0] is None:
        return None
    counts = _stored(connection, document_id)[1].get(kind, {})
    return {str(state): int(n) for state, n in counts.items()}


def rebuild(
    connection: sqlite3.Connection, items_key: bytes, checked_with: bytes | None = None
) -> None:
    """Re-sum every document's items (upgrade to format 4, rotation); with ``checked_with``
    (the previous key), first refuse any document whose rows disagree with its sum."""
    ids = [str(row[0]) for row in connection.execute("SELECT id FROM documents ORDER BY rowid")]
    for document_id in ids:
        if checked_with is not None:
            check(connection, checked_with, document_id)
        rows = connection.execute(
            "SELECT document_id, kind, id, state, data FROM items WHERE document_id = ?",
            (document_id,),
        )
        _write(connection, document_id, *_summed(items_key, rows, f"document {document_id}"))


@dataclass
class Tally:
    """What the rows written during one change add to and take from each document."""

    items_key: bytes
    sums: dict[str, int] = field(default_factory=dict)
    counts: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)

    def add(self, row: Row, sign: int) -> None:
        document_id = row[0]
        change = sign * row_value(self.items_key, row)
        self.sums[document_id] = (self.sums.get(document_id, 0) + change) % _MODULUS
        self.counts.setdefault(document_id, Counter())[(row[1], row[3])] += sign

    def flush(self, connection: sqlite3.Connection) -> None:
        """Add what was tallied to each touched document's stored sum and counts."""
        for document_id, change in self.sums.items():
            total, counts = _stored(connection, document_id)
            for (kind, state), n in self.counts[document_id].items():
                states = counts.setdefault(kind, {})
                states[state] = states.get(state, 0) + n
            _write(connection, document_id, (total + change) % _MODULUS, counts)
        self.sums.clear()
        self.counts.clear()
