"""The audit chain: signed, hash-linked entries appended in the same transaction as each change.

Entry hash = SHA-256 over a canonical JSON form that includes the previous entry's
hash, so editing, deleting or reordering any entry breaks every later link. Each
entry is signed by the acting editor's Ed25519 key, so only an editor can append.
Entries carry ids and counts, never document text or file names.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from vault import crypto

GENESIS_HASH = bytes(32)
_HASH_DOMAIN = b"workstation/audit-entry/v1\n"
_SIGNATURE_DOMAIN = b"workstation/audit-signature/v1\n"
Details = Mapping[str, str | int | bool | None]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    editor_id: str
    action: str
    object_id: str | None
    details: dict[str, str | int | bool | None]
    prev_hash: bytes
    entry_hash: bytes
    signature: bytes
    # Why the stored row cannot be a genuine entry (a column of the wrong type, details
    # that are not a JSON object); empty for a well-formed row. Such an entry still reads
    # (its raw values as text) but never verifies.
    problem: str = ""


@dataclass(frozen=True)
class ChainReport:
    """Outcome of verification: entries checked, and the first broken one if any."""

    checked: int
    head_seq: int
    head_hash: bytes
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def canonical(
    vault_id: bytes,
    seq: int,
    at: str,
    editor_id: str,
    action: str,
    object_id: str | None,
    details: Details,
    prev_hash: bytes,
) -> bytes:
    """The exact bytes that are hashed; sorted keys and no spaces make it reproducible."""
    form = {
        "v": 1,
        "vault": vault_id.hex(),
        "seq": seq,
        "at": at,
        "editor": editor_id,
        "action": action,
        "object": object_id,
        "details": dict(details),
        "prev": prev_hash.hex(),
    }
    return json.dumps(form, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def entry_hash(canonical_form: bytes) -> bytes:
    return crypto.sha256(_HASH_DOMAIN + canonical_form)


def signed_message(vault_id: bytes, hash_: bytes) -> bytes:
    return _SIGNATURE_DOMAIN + vault_id + hash_


def _as_bytes(value: object) -> bytes:
    """Stored hashes and signatures; a value of another type fails verification, not reading."""
    return value if isinstance(value, bytes) else b""


def head(connection: sqlite3.Connection) -> tuple[int, bytes]:
    """(sequence number, hash) of the newest entry, or (0, genesis) for an empty chain."""
    row = connection.execute(
        "SELECT seq, entry_hash FROM audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), _as_bytes(row[1]))


def hash_at(connection: sqlite3.Connection, seq: int) -> bytes | None:
    """The stored hash of entry ``seq``, or None if there is no such entry."""
    row = connection.execute("SELECT entry_hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else _as_bytes(row[0])


def append(
    connection: sqlite3.Connection,
    vault_id: bytes,
    editor_id: str,
    signing_private: bytes,
    action: str,
    object_id: str | None,
    details: Details,
) -> AuditEntry:
    """Add one signed entry; the caller holds the write transaction."""
    last_seq, prev_hash = head(connection)
    seq = last_seq + 1
    at = datetime.now(UTC).isoformat(timespec="seconds")
    form = canonical(vault_id, seq, at, editor_id, action, object_id, details, prev_hash)
    hash_ = entry_hash(form)
    signature = crypto.sign(signing_private, signed_message(vault_id, hash_))
    connection.execute(
        "INSERT INTO audit (seq, at, editor_id, action, object_id, details, prev_hash,"
        " entry_hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            at,
            editor_id,
            action,
            object_id,
            json.dumps(dict(details), sort_keys=True),
            prev_hash,
            hash_,
            signature,
        ),
    )
    return AuditEntry(
        seq, at, editor_id, action, object_id, dict(details), prev_hash, hash_, signature
    )


def object_ids(connection: sqlite3.Connection, action: str) -> set[str]:
    """The objects of every entry of one action (as stored; verify before trusting), in
    one query rather than by parsing every entry of a long chain."""
    rows = connection.execute(
        "SELECT DISTINCT object_id FROM audit WHERE action = ? AND object_id IS NOT NULL",
        (action,),
    )
    return {value for (value,) in rows if isinstance(value, str) and value}


def entries(connection: sqlite3.Connection) -> Iterator[AuditEntry]:
    """Every entry in sequence order (as stored; verify before trusting).

    A row edited to hold values of unexpected types is still returned, with those values
    rendered as text, and with ``problem`` saying why it cannot verify.
    """
    rows = connection.execute(
        "SELECT seq, at, editor_id, action, object_id, details, prev_hash, entry_hash, signature"
        " FROM audit ORDER BY seq"
    )
    for row in rows:
        yield _entry(tuple(row))


def _raw_text(value: object) -> str:
    """A stored value of the wrong type, shown as text (a BLOB as x'hex', like SQL)."""
    if isinstance(value, bytes):
        return f"x'{value.hex()}'"
    return "null" if value is None else str(value)


def _entry(row: tuple[object, ...]) -> AuditEntry:
    problems: list[str] = []

    def text(index: int, what: str, *, nullable: bool = False) -> str | None:
        value = row[index]
        if isinstance(value, str) or (nullable and value is None):
            return value
        problems.append(f"its {what} is not stored as text")
        return _raw_text(value)

    def binary(index: int, what: str) -> bytes:
        value = row[index]
        if isinstance(value, bytes):
            return value
        problems.append(f"its {what} is not stored as binary data")
        return b""

    raw_seq = row[0]
    if isinstance(raw_seq, int) and not isinstance(raw_seq, bool):
        seq = raw_seq
    else:  # cannot happen for an INTEGER PRIMARY KEY, but never crash on it
        problems.append("its sequence number is not an integer")
        seq = -1
    at = text(1, "time") or ""
    editor_id = text(2, "editor") or ""
    action = text(3, "action") or ""
    object_id = text(4, "object", nullable=True)
    details = _details(row[5], problems)
    prev_hash = binary(6, "previous hash")
    hash_ = binary(7, "hash")
    signature = binary(8, "signature")
    problem = ""
    if problems:
        problem = "stored with unexpected types (the vault was edited): " + "; ".join(problems)
    return AuditEntry(
        seq, at, editor_id, action, object_id, details, prev_hash, hash_, signature, problem
    )


def _details(value: object, problems: list[str]) -> dict[str, str | int | bool | None]:
    """The details object; anything else is kept as text under "raw" and noted as a problem."""
    if not isinstance(value, str):
        problems.append("its details are not stored as text")
        return {"raw": _raw_text(value)}
    try:
        parsed = json.loads(value)
    except ValueError:
        problems.append("its details are not valid JSON")
        return {"raw": value}
    if not isinstance(parsed, dict):
        problems.append("its details are not a JSON object")
        return {"raw": value}
    details: dict[str, str | int | bool | None] = {}
    for key, item in parsed.items():
        if item is None or isinstance(item, str | int | bool):
            details[key] = item
        else:
            problems.append("one of its details is not a string, number, flag or null")
            details[key] = json.dumps(item)
    return details


PARALLEL_THRESHOLD = 2000


def verify(
    connection: sqlite3.Connection, vault_id: bytes, signing_keys: Mapping[str, bytes]
) -> ChainReport:
    """Recompute every link, hash and signature; report the first entry that fails.

    Links are checked in order here; hashes and signatures (the costly part, about
    a quarter of a millisecond per Ed25519 verification on this hardware) are
    checked on every core for long chains.
    """
    rows = list(entries(connection))
    broken = _first_broken_link(rows)
    checked_rows = rows if broken is None else rows[: broken[0]]
    bad = _first_bad_content(checked_rows, vault_id, dict(signing_keys))
    if bad is not None and (broken is None or bad[0] <= broken[0]):
        broken = bad
    if broken is None:
        last = rows[-1] if rows else None
        return ChainReport(
            len(rows), last.seq if last else 0, last.entry_hash if last else GENESIS_HASH
        )
    index, reason = broken
    previous = rows[index - 1] if index else None
    last_good_seq = previous.seq if previous else 0
    last_good_hash = previous.entry_hash if previous else GENESIS_HASH
    return ChainReport(index, last_good_seq, last_good_hash, index + 1, reason)


def _first_broken_link(rows: list[AuditEntry]) -> tuple[int, str] | None:
    """The index of the first entry out of sequence or not linked to its predecessor."""
    prev_hash = GENESIS_HASH
    for index, entry in enumerate(rows):
        if entry.seq != index + 1:
            return index, f"entry {index + 1} is missing (found {entry.seq} next)"
        if entry.prev_hash != prev_hash:
            return index, "does not link to the previous entry"
        prev_hash = entry.entry_hash
    return None


def _first_bad_content(
    rows: list[AuditEntry], vault_id: bytes, signing_keys: dict[str, bytes]
) -> tuple[int, str] | None:
    workers = min(os.cpu_count() or 1, 8)
    if len(rows) < PARALLEL_THRESHOLD or workers < 2:
        return _scan(rows, 0, vault_id, signing_keys)
    size = -(-len(rows) // workers)
    slices = [(rows[i : i + size], i) for i in range(0, len(rows), size)]
    start = "fork" if threading.active_count() == 1 else "spawn"
    context = multiprocessing.get_context(start)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [
            pool.submit(_scan, part, offset, vault_id, signing_keys) for part, offset in slices
        ]
        found = [future.result() for future in futures]
    return min((item for item in found if item is not None), default=None)


def _scan(
    rows: list[AuditEntry], offset: int, vault_id: bytes, signing_keys: dict[str, bytes]
) -> tuple[int, str] | None:
    """First entry in a slice whose hash or signature does not verify (runs in a worker)."""
    for index, entry in enumerate(rows):
        problem = _content_problem(entry, vault_id, signing_keys)
        if problem:
            return offset + index, problem
    return None


def _content_problem(entry: AuditEntry, vault_id: bytes, signing_keys: Mapping[str, bytes]) -> str:
    if entry.problem:
        return entry.problem
    form = canonical(
        vault_id,
        entry.seq,
        entry.at,
        entry.editor_id,
        entry.action,
        entry.object_id,
        entry.details,
        entry.prev_hash,
    )
    if not crypto.constant_time_equal(entry_hash(form), entry.entry_hash):
        return "content was changed after it was written"
    public = signing_keys.get(entry.editor_id)
    if public is None:
        return "signed by an editor this vault does not know"
    message = signed_message(vault_id, entry.entry_hash)
    if not crypto.verify_signature(public, entry.signature, message):
        return "signature does not verify"
    return ""
