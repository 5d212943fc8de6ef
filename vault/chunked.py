"""C2SP chunked encryption (Cobblestone-256) for documents of any size in bounded memory.

Spec: c2sp.org/chunked-encryption. Per message, HKDF-Expand(SHA-512) turns the
input key, a random 24-byte salt and the context (our Binding) into an AES-256-GCM
key, a base nonce and a 32-byte key commitment. The message is cut into 16 KiB
chunks, the last always shorter (possibly empty), each sealed with the base nonce
XOR its index; truncation, reordering and extension are therefore all detected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from vault import crypto
from vault.errors import DecryptionFailed, VectorFormatError

CHUNK_BYTES = 16 * 1024
SEALED_CHUNK_BYTES = CHUNK_BYTES + crypto.TAG_BYTES
SALT_BYTES = 24
COMMITMENT_BYTES = 32
HEADER_BYTES = SALT_BYTES + COMMITMENT_BYTES
_AEAD_NAME = b"AEAD_AES_256_GCM"
_INFO_PREFIX = b"c2sp.org/chunked-encryption@v1+" + _AEAD_NAME + b"\x00"
_MAX_CHUNKS = 1 << 38


def derive(input_key: bytes, salt: bytes, context: bytes) -> tuple[bytes, bytes, bytes]:
    """The per-message (key, base nonce, commitment) from the input key, salt and context."""
    if len(input_key) != crypto.KEY_BYTES:
        raise VectorFormatError("chunked encryption needs a 32-byte input key")
    size = crypto.KEY_BYTES + crypto.NONCE_BYTES + COMMITMENT_BYTES
    out = crypto.hkdf_expand_sha512(input_key, _INFO_PREFIX + salt + context, size)
    nonce_end = crypto.KEY_BYTES + crypto.NONCE_BYTES
    return out[: crypto.KEY_BYTES], out[crypto.KEY_BYTES : nonce_end], out[nonce_end:]


def chunk_nonce(base_nonce: bytes, index: int) -> bytes:
    """The base nonce XOR the chunk index as a big-endian integer of the nonce's width."""
    if index >= _MAX_CHUNKS:
        raise VectorFormatError("message exceeds 2^38 chunks")
    counter = index.to_bytes(len(base_nonce), "big")
    return bytes(a ^ b for a, b in zip(base_nonce, counter, strict=True))


class ChunkedEncryptor:
    """Streaming encryption: feed plaintext in any pieces, collect ciphertext as it is ready."""

    def __init__(self, input_key: bytes, context: bytes, salt: bytes | None = None) -> None:
        if salt is not None and len(salt) != SALT_BYTES:
            raise VectorFormatError("chunked encryption needs a 24-byte salt")
        self._salt = salt if salt is not None else crypto.random_bytes(SALT_BYTES)
        self._key, self._base_nonce, self._commitment = derive(input_key, self._salt, context)
        self._buffer = bytearray()
        self._index = 0
        self._header_sent = False
        self._finished = False

    def update(self, plaintext: bytes) -> bytes:
        """Encrypt every full chunk now available; keep the remainder buffered."""
        if self._finished:
            raise VectorFormatError("encryptor already finished")
        self._buffer += plaintext
        out = [self._header()]
        while len(self._buffer) > CHUNK_BYTES:
            out.append(self._seal(bytes(self._buffer[:CHUNK_BYTES])))
            del self._buffer[:CHUNK_BYTES]
        return b"".join(out)

    def finish(self) -> bytes:
        """Flush the final short (possibly empty) chunk that marks the end of the message."""
        if self._finished:
            raise VectorFormatError("encryptor already finished")
        out = [self._header()]
        if len(self._buffer) == CHUNK_BYTES:
            out.append(self._seal(bytes(self._buffer)))
            self._buffer.clear()
        out.append(self._seal(bytes(self._buffer)))
        self._buffer.clear()
        self._finished = True
        return b"".join(out)

    def _header(self) -> bytes:
        if self._header_sent:
            return b""
        self._header_sent = True
        return self._salt + self._commitment

    def _seal(self, chunk: bytes) -> bytes:
        nonce = chunk_nonce(self._base_nonce, self._index)
        self._index += 1
        return crypto.aes_gcm_encrypt(self._key, nonce, chunk, b"")


class ChunkedDecryptor:
    """Streaming decryption that releases only authenticated chunks and fails for good on error."""

    def __init__(self, input_key: bytes, context: bytes) -> None:
        self._input_key = input_key
        self._context = context
        self._pending = bytearray()
        self._key = b""
        self._base_nonce = b""
        self._index = 0
        self._failed = False
        if len(input_key) != crypto.KEY_BYTES:
            raise VectorFormatError("chunked encryption needs a 32-byte input key")

    def update(self, ciphertext: bytes) -> bytes:
        """Decrypt every full sealed chunk that is followed by more data (so it is not the last)."""
        self._check_usable()
        self._pending += ciphertext
        if not self._key and not self._read_header():
            return b""
        out = []
        while len(self._pending) > SEALED_CHUNK_BYTES:
            out.append(self._open(bytes(self._pending[:SEALED_CHUNK_BYTES]), final=False))
            del self._pending[:SEALED_CHUNK_BYTES]
        return b"".join(out)

    def finish(self) -> bytes:
        """Decrypt the final chunk, which must be shorter than a full chunk."""
        self._check_usable()
        if not self._key and not self._read_header():
            self._fail("ciphertext is shorter than its header")
        if len(self._pending) == SEALED_CHUNK_BYTES:
            last_full = self._open(bytes(self._pending), final=False)
            self._pending.clear()
            self._fail("message is truncated (final chunk missing)")
            return last_full  # unreachable: _fail raises
        if len(self._pending) < crypto.TAG_BYTES:
            self._fail("message is truncated (final chunk too short)")
        final = self._open(bytes(self._pending), final=True)
        self._pending.clear()
        self._failed = True  # nothing may follow the final chunk
        return final

    def _read_header(self) -> bool:
        if len(self._pending) < HEADER_BYTES:
            return False
        salt = bytes(self._pending[:SALT_BYTES])
        commitment = bytes(self._pending[SALT_BYTES:HEADER_BYTES])
        key, base_nonce, expected = derive(self._input_key, salt, self._context)
        if not crypto.constant_time_equal(commitment, expected):
            self._fail("key commitment does not match (wrong key or context, or altered header)")
        self._key, self._base_nonce = key, base_nonce
        del self._pending[:HEADER_BYTES]
        return True

    def _open(self, sealed: bytes, *, final: bool) -> bytes:
        nonce = chunk_nonce(self._base_nonce, self._index)
        try:
            plain = crypto.aes_gcm_decrypt(self._key, nonce, sealed, b"")
        except DecryptionFailed:
            self._fail(f"chunk {self._index} failed authentication")
        self._index += 1
        return plain

    def _check_usable(self) -> None:
        if self._failed:
            raise DecryptionFailed("decryption already failed or finished; no more data accepted")

    def _fail(self, reason: str) -> None:
        self._failed = True
        raise DecryptionFailed(reason)


def encrypt(input_key: bytes, context: bytes, plaintext: bytes, salt: bytes | None = None) -> bytes:
    """One-shot encryption of a whole message."""
    encryptor = ChunkedEncryptor(input_key, context, salt)
    return encryptor.update(plaintext) + encryptor.finish()


def decrypt(input_key: bytes, context: bytes, ciphertext: bytes) -> bytes:
    """One-shot decryption; raises DecryptionFailed for any invalid message."""
    return b"".join(decrypt_stream(input_key, context, [ciphertext]))


def decrypt_stream(input_key: bytes, context: bytes, pieces: Iterable[bytes]) -> Iterator[bytes]:
    """Yield authenticated plaintext as ciphertext pieces arrive; raise on any failure."""
    decryptor = ChunkedDecryptor(input_key, context)
    for piece in pieces:
        plain = decryptor.update(piece)
        if plain:
            yield plain
    yield decryptor.finish()
