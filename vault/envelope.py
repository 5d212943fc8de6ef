"""Envelope: the format of every small encrypted value (keys, names, metadata).

Layout: ``0x01 || nonce (12) || AES-256-GCM ciphertext || tag (16)``, with the
value's Binding as associated data. The version byte lets the format change
without guessing.
"""

from __future__ import annotations

from vault import crypto
from vault.binding import Binding
from vault.errors import DecryptionFailed, VectorFormatError

FORMAT_VERSION = 1
OVERHEAD = 1 + crypto.NONCE_BYTES + crypto.TAG_BYTES


def seal(key: bytes, plaintext: bytes, binding: Binding) -> bytes:
    """Encrypt a small value for exactly one place in the vault."""
    nonce = crypto.random_bytes(crypto.NONCE_BYTES)
    return seal_with_nonce(key, plaintext, binding, nonce)


def seal_with_nonce(key: bytes, plaintext: bytes, binding: Binding, nonce: bytes) -> bytes:
    """Deterministic sealing, for known-answer tests only."""
    _check_key(key)
    if len(nonce) != crypto.NONCE_BYTES:
        raise VectorFormatError("envelope nonces are 12 bytes")
    body = crypto.aes_gcm_encrypt(key, nonce, plaintext, binding.encode())
    return bytes([FORMAT_VERSION]) + nonce + body


def open_sealed(key: bytes, sealed: bytes, binding: Binding) -> bytes:
    """Decrypt, or raise DecryptionFailed for any change to bytes, key or place."""
    _check_key(key)
    if len(sealed) < OVERHEAD or sealed[0] != FORMAT_VERSION:
        raise DecryptionFailed("envelope is truncated or of an unknown version")
    nonce = sealed[1 : 1 + crypto.NONCE_BYTES]
    return crypto.aes_gcm_decrypt(key, nonce, sealed[1 + crypto.NONCE_BYTES :], binding.encode())


def _check_key(key: bytes) -> None:
    """The format is AES-256-GCM: shorter keys would silently select AES-128 or AES-192."""
    if len(key) != crypto.KEY_BYTES:
        raise VectorFormatError("envelope keys are 32 bytes (AES-256)")


def open_with(cipher: crypto.AesGcm, sealed: bytes, binding: bytes) -> bytes:
    """:func:`open_sealed` with a cipher object made once for many values of one key and
    the binding already encoded (a listing opens two values per document)."""
    if len(sealed) < OVERHEAD or sealed[0] != FORMAT_VERSION:
        raise DecryptionFailed("envelope is truncated or of an unknown version")
    nonce = sealed[1 : 1 + crypto.NONCE_BYTES]
    body = sealed[1 + crypto.NONCE_BYTES :]
    return crypto.aes_gcm_decrypt_with(cipher, nonce, body, binding)
