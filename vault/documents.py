"""Documents in the vault: a wrapped data key, sealed metadata, and chunked-encrypted streams.

Each document has its own random data key, wrapped by the master key. Its
original bytes and extracted text are C2SP chunked-encryption streams whose
context binds them to the document and stream, stored as ~1 MiB segments so
intake and reading run in bounded memory. Deleting the wrapped key and the
segments crypto-shreds the document.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vault import binding, chunked, crypto, db, envelope, listing_snapshot
from vault.binding import Binding
from vault.errors import DecryptionFailed, DocumentNotFound, VaultTampered, VectorFormatError

SEGMENT_BYTES = 64 * chunked.SEALED_CHUNK_BYTES
ORIGINAL = "original"
TEXT = "text"
_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


@dataclass(frozen=True)
class KeyContext:
    """The unlocked vault's master key and identity, needed to wrap and bind."""

    vault_id: bytes
    master_key: bytes
    key_id: int


@dataclass(frozen=True)
class DocumentInfo:
    """A document as listed: plaintext columns plus its decrypted metadata."""

    id: str
    received_at: str
    size: int
    state: str
    meta: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.meta.get("name", ""))

    @property
    def kind(self) -> str:
        return str(self.meta.get("kind", ""))

    @property
    def reviewable(self) -> bool:
        return bool(self.meta.get("reviewable", False))


def new_document_id() -> str:
    raw = crypto.random_bytes(10)
    return "d" + "".join(_ID_ALPHABET[byte % len(_ID_ALPHABET)] for byte in raw)


def key_binding(keys: KeyContext, document_id: str, key_id: int | None = None) -> Binding:
    return Binding(keys.vault_id, "documents", document_id, "wrapped_key", key_id or keys.key_id)


def meta_binding(vault_id: bytes, document_id: str) -> Binding:
    return Binding(vault_id, "documents", document_id, "meta")


def stream_binding(vault_id: bytes, document_id: str, stream: str) -> Binding:
    return Binding(vault_id, "segments", document_id, stream)


def store(
    connection: sqlite3.Connection,
    keys: KeyContext,
    meta: dict[str, Any],
    original: Iterable[bytes],
    text: str | None,
) -> DocumentInfo:
    """Write a whole document inside the caller's transaction; returns its listing."""
    document_id = new_document_id()
    data_key = crypto.random_bytes(crypto.KEY_BYTES)
    received_at = datetime.now(UTC).isoformat(timespec="seconds")
    connection.execute(
        "INSERT INTO documents (id, received_at, size, state) VALUES (?, ?, 0, 'received')",
        (document_id, received_at),
    )
    size, digest = _write_stream(
        connection, keys.vault_id, data_key, document_id, ORIGINAL, original
    )
    if text is not None:
        encoded = text.encode("utf-8")
        pieces = (encoded[i : i + SEGMENT_BYTES] for i in range(0, len(encoded), SEGMENT_BYTES))
        _write_stream(connection, keys.vault_id, data_key, document_id, TEXT, pieces)
    full_meta = meta | {"sha256": digest, "has_text": text is not None}
    sealed_meta = envelope.seal(
        data_key, _dump(full_meta), meta_binding(keys.vault_id, document_id)
    )
    wrapped = envelope.seal(keys.master_key, data_key, key_binding(keys, document_id))
    connection.execute(
        "UPDATE documents SET size = ?, wrapped_key = ?, meta = ? WHERE id = ?",
        (size, wrapped, sealed_meta, document_id),
    )
    return DocumentInfo(document_id, received_at, size, "received", full_meta)


def _write_stream(
    connection: sqlite3.Connection,
    vault_id: bytes,
    data_key: bytes,
    document_id: str,
    stream: str,
    pieces: Iterable[bytes],
) -> tuple[int, str]:
    """Encrypt pieces as they come and insert ~1 MiB segments; returns (size, sha256 hex)."""
    encryptor = chunked.ChunkedEncryptor(
        data_key, stream_binding(vault_id, document_id, stream).encode()
    )
    buffer, seq, size, digest = bytearray(), 0, 0, hashlib.sha256()
    for piece in pieces:
        size += len(piece)
        digest.update(piece)
        buffer += encryptor.update(piece)
        while len(buffer) >= SEGMENT_BYTES:
            _insert_segment(connection, document_id, stream, seq, bytes(buffer[:SEGMENT_BYTES]))
            del buffer[:SEGMENT_BYTES]
            seq += 1
    buffer += encryptor.finish()
    while buffer:
        _insert_segment(connection, document_id, stream, seq, bytes(buffer[:SEGMENT_BYTES]))
        del buffer[:SEGMENT_BYTES]
        seq += 1
    return size, digest.hexdigest()


def _insert_segment(
    connection: sqlite3.Connection, document_id: str, stream: str, seq: int, data: bytes
) -> None:
    connection.execute(
        "INSERT INTO segments (document_id, stream, seq, data) VALUES (?, ?, ?, ?)",
        (document_id, stream, seq, data),
    )


def _dump(meta: dict[str, Any]) -> bytes:
    """Metadata as ASCII JSON: a file name with undecodable bytes (lone surrogates from
    ``os.fsdecode``) is escaped as ``\\udcXX`` and read back as the same string."""
    return json.dumps(meta, sort_keys=True, ensure_ascii=True).encode("ascii")


def _row(connection: sqlite3.Connection, document_id: str) -> tuple[Any, ...]:
    row = connection.execute(
        "SELECT id, received_at, size, state, wrapped_key, meta FROM documents WHERE id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        raise DocumentNotFound(
            f"no document {document_id} in this vault ('workstation list' shows them)"
        )
    return tuple(row)


def data_key(connection: sqlite3.Connection, keys: KeyContext, document_id: str) -> bytes:
    """Unwrap a live document's key; a shredded one has none."""
    row = _row(connection, document_id)
    if row[3] == "shredded" and row[4] is None:
        raise DocumentNotFound(f"document {document_id} was shredded; its content is gone")
    if row[3] != "received" or row[4] is None:
        raise VaultTampered(f"document {document_id}: its state and stored key disagree (tampered)")
    try:
        return envelope.open_sealed(
            keys.master_key,
            db.blob(row[4], f"document {document_id}: key"),
            key_binding(keys, document_id),
        )
    except DecryptionFailed:
        raise VaultTampered(
            f"document {document_id}: its key does not verify (tampered or moved)"
        ) from None


def _plain_facts(row: tuple[Any, ...]) -> tuple[str, str, int, str]:
    """(id, received_at, size, state) of a row, refusing values of the wrong type or state."""
    document_id, received_at, size, state = row[0], row[1], row[2], row[3]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise VaultTampered(f"document {document_id}: its stored size is not a number (tampered)")
    if not isinstance(received_at, str):
        raise VaultTampered(f"document {document_id}: its arrival time is not text (tampered)")
    if state not in ("received", "shredded"):
        raise VaultTampered(f"document {document_id}: its state is not one workstation writes")
    return str(document_id), received_at, size, state


def info(connection: sqlite3.Connection, keys: KeyContext, document_id: str) -> DocumentInfo:
    row = _row(connection, document_id)
    document_id, received_at, size, state = _plain_facts(row)
    if state == "shredded":
        has_segments = connection.execute(
            "SELECT 1 FROM segments WHERE document_id = ? LIMIT 1", (document_id,)
        ).fetchone()
        if row[4] is not None or row[5] is not None or has_segments:
            raise VaultTampered(
                f"document {document_id}: marked shredded but its key or content is still"
                " stored (tampered)"
            )
        return DocumentInfo(document_id, received_at, size, state, {})
    key = data_key(connection, keys, document_id)
    try:
        meta = json.loads(
            envelope.open_sealed(
                key,
                db.blob(row[5], f"document {document_id}: details"),
                meta_binding(keys.vault_id, document_id),
            )
        )
        if not isinstance(meta, dict):
            raise TypeError("not an object")
    except (DecryptionFailed, ValueError, TypeError):
        raise VaultTampered(
            f"document {document_id}: its details do not verify (tampered or moved)"
        ) from None
    return DocumentInfo(document_id, received_at, size, state, meta)


def listing(
    connection: sqlite3.Connection, keys: KeyContext, stale: set[int] | None = None
) -> Iterator[DocumentInfo | str]:
    """Every document in intake order: its listing, or its id when :func:`info` would
    refuse it (the caller lists it as damaged).

    Each segment of rows whose sealed listing snapshot was made from exactly these rows
    is read from it (one opening for thousands of documents); any other segment is
    opened row by row with the same checks as :func:`info`, and its number added to
    ``stale`` so the next change re-seals it.
    """
    snapshot = crypto.aes_gcm(listing_snapshot.key(keys.master_key))
    opener = _MetaOpener(keys)
    rows = connection.execute(f"{listing_snapshot.ROW_QUERY} ORDER BY rowid").fetchall()
    for segment, group in listing_snapshot.grouped(rows):
        metas = listing_snapshot.read(
            connection, snapshot, keys.vault_id, keys.key_id, segment, group
        )
        if metas is None and stale is not None:
            stale.add(segment)
        for index, row in enumerate(group):
            try:
                document_id, received_at, size, state = _plain_facts(row)
                if state == "shredded":
                    yield info(connection, keys, document_id)
                    continue
                if metas is None:
                    opened = opener.opened(row)
                    meta = None if opened is None else opened[1]
                else:
                    meta = metas[index]
                if not isinstance(meta, dict):
                    raise TypeError("not an object")
                yield DocumentInfo(document_id, received_at, size, state, meta)
            except (VaultTampered, DecryptionFailed, ValueError, TypeError):
                yield str(row[0])


class _MetaOpener:
    """Opens documents' metadata with the master key's cipher and the binding prefix
    made once (a listing without its snapshot opens two values per document)."""

    def __init__(self, keys: KeyContext) -> None:
        self.keys = keys
        self.master = crypto.aes_gcm(keys.master_key)
        self.bound = binding.table_encoder(keys.vault_id, "documents")

    def meta(self, row: listing_snapshot.Row) -> bytes | None:
        """The metadata plaintext (a JSON object in UTF-8) of a live document's row
        (id, received_at, size, state, wrapped_key, meta, ...), or None when it does
        not open or is not such an object."""
        opened = self.opened(row)
        return None if opened is None else opened[0]

    def opened(self, row: listing_snapshot.Row) -> tuple[bytes, dict[str, Any]] | None:
        """:meth:`meta`'s plaintext with the object it parses to (parsed once)."""
        document_id, wrapped, sealed = row[0], row[4], row[5]
        if row[3] != "received" or not isinstance(document_id, str):
            return None
        if not isinstance(wrapped, bytes) or not isinstance(sealed, bytes):
            return None
        try:
            data_key = envelope.open_with(
                self.master, wrapped, self.bound(document_id, "wrapped_key", self.keys.key_id)
            )
            plaintext = envelope.open_with(
                crypto.aes_gcm(data_key), sealed, self.bound(document_id, "meta", 1)
            )
            parsed = json.loads(plaintext.decode("utf-8"))
            if not isinstance(parsed, dict):
                return None
        except (DecryptionFailed, VectorFormatError, ValueError):
            return None
        return plaintext, parsed


def reseal_listing(
    connection: sqlite3.Connection, keys: KeyContext, segments: Iterable[int]
) -> None:
    """Re-seal these segments of the listing snapshot from the rows as they are now
    (inside the change that wrote them, before the head is sealed)."""
    opener = _MetaOpener(keys)
    listing_key = listing_snapshot.key(keys.master_key)
    for segment in sorted(segments):
        rows = listing_snapshot.segment_rows(connection, segment)
        metas = [opener.meta(row) for row in rows]
        listing_snapshot.write(
            connection, listing_key, keys.vault_id, keys.key_id, segment, rows, metas
        )


def damaged(connection: sqlite3.Connection, document_id: str) -> DocumentInfo:
    """The plaintext facts of a document whose ciphertext or columns failed to verify."""
    row = _row(connection, document_id)
    size = row[2] if isinstance(row[2], int) and not isinstance(row[2], bool) else 0
    received_at = row[1] if isinstance(row[1], str) else ""
    return DocumentInfo(str(row[0]), received_at, size, "damaged", {})


def all_ids(connection: sqlite3.Connection) -> list[str]:
    """Every document id, in the order they were taken in."""
    return [row[0] for row in connection.execute("SELECT id FROM documents ORDER BY rowid")]


def read_stream(
    connection: sqlite3.Connection, keys: KeyContext, document_id: str, stream: str
) -> Iterator[bytes]:
    """Decrypted bytes of one stream, authenticated chunk by chunk, in bounded memory."""
    key = data_key(connection, keys, document_id)
    context = stream_binding(keys.vault_id, document_id, stream).encode()
    segments = _segments(connection, document_id, stream)
    try:
        yield from chunked.decrypt_stream(key, context, segments)
    except DecryptionFailed:
        raise VaultTampered(
            f"document {document_id}: its {stream} failed authentication"
            " (tampered, moved or truncated)"
        ) from None


def _segments(connection: sqlite3.Connection, document_id: str, stream: str) -> Iterator[bytes]:
    """One segment at a time, each by its own finished query.

    No statement stays open between segments: a suspended or failed read (whose
    traceback may keep this generator alive) must not pin the connection to an old
    snapshot, which would hide later changes and stop the WAL from being truncated.
    """
    numbers = connection.execute(
        "SELECT seq FROM segments WHERE document_id = ? AND stream = ? ORDER BY seq",
        (document_id, stream),
    ).fetchall()
    for expected, (seq,) in enumerate(numbers):
        if seq != expected:
            raise DecryptionFailed("segment missing")
        rows = connection.execute(
            "SELECT data FROM segments WHERE document_id = ? AND stream = ? AND seq = ?",
            (document_id, stream, seq),
        ).fetchall()
        if not rows:
            raise DecryptionFailed("segment missing")
        yield db.blob(rows[0][0], f"document {document_id}: {stream}")


def read_text(connection: sqlite3.Connection, keys: KeyContext, document_id: str) -> str | None:
    """The extracted text, or None when the document is not reviewable."""
    document = info(connection, keys, document_id)
    if document.state == "shredded":
        raise DocumentNotFound(f"document {document_id} was shredded; its content is gone")
    if not document.meta.get("has_text"):
        return None
    return b"".join(read_stream(connection, keys, document_id, TEXT)).decode("utf-8")


def shred(connection: sqlite3.Connection, document_id: str) -> None:
    """Destroy the key and every ciphertext; the row stays so the audit trail still resolves."""
    row = _row(connection, document_id)
    if row[3] == "shredded":
        raise DocumentNotFound(f"document {document_id} is already shredded")
    connection.execute("DELETE FROM segments WHERE document_id = ?", (document_id,))
    connection.execute("DELETE FROM items WHERE document_id = ?", (document_id,))
    connection.execute(
        "UPDATE documents SET state = 'shredded', wrapped_key = NULL, meta = NULL,"
        " shredded_at = ? WHERE id = ?",
        (datetime.now(UTC).isoformat(timespec="seconds"), document_id),
    )


def rewrap_all(connection: sqlite3.Connection, old: KeyContext, new: KeyContext) -> int:
    """Re-wrap every live document key under a new master key; returns how many."""
    rows = connection.execute(
        "SELECT id FROM documents WHERE state != 'shredded' AND wrapped_key IS NOT NULL"
    ).fetchall()
    for (document_id,) in rows:
        key = data_key(connection, old, document_id)
        wrapped = envelope.seal(new.master_key, key, key_binding(new, document_id))
        connection.execute(
            "UPDATE documents SET wrapped_key = ? WHERE id = ?", (wrapped, document_id)
        )
    return len(rows)
