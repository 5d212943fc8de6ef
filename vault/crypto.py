"""The one module that touches ``cryptography.hazmat``: every primitive the vault uses.

Keeping primitives here means the rest of the vault speaks in terms of keys,
bindings and envelopes, and a reviewer can audit all low-level calls in one file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF, HKDFExpand

from vault.errors import DecryptionFailed, VectorFormatError

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()
_WRAP_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def random_bytes(size: int) -> bytes:
    """Fresh randomness from the OS CSPRNG."""
    return secrets.token_bytes(size)


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def sha256_of(pieces: Iterable[bytes]) -> bytes:
    """SHA-256 over the concatenation of ``pieces``, without joining them in memory."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
    return digest.digest()


def constant_time_equal(left: bytes, right: bytes) -> bool:
    return hmac.compare_digest(left, right)


def hmac_sha256(key: bytes, message: bytes) -> bytes:
    """A keyed digest: stable for the same key and message, meaningless without the key."""
    return hmac.new(key, message, hashlib.sha256).digest()


def aes_gcm_encrypt(key: bytes, nonce: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """AES-GCM with a 16-byte tag appended; key of 16, 24 or 32 bytes."""
    try:
        return _aes_gcm(key).encrypt(nonce, plaintext, associated_data)
    except ValueError as error:
        raise VectorFormatError(f"unusable AES-GCM input: {error}") from None


def aes_gcm_decrypt(key: bytes, nonce: bytes, ciphertext: bytes, associated_data: bytes) -> bytes:
    """Open an AES-GCM ciphertext or raise DecryptionFailed; never unauthenticated bytes."""
    if len(ciphertext) < TAG_BYTES:
        raise DecryptionFailed("ciphertext is shorter than its authentication tag")
    try:
        return _aes_gcm(key).decrypt(nonce, ciphertext, associated_data)
    except InvalidTag:
        raise DecryptionFailed("authentication failed") from None
    except ValueError as error:
        raise VectorFormatError(f"unusable AES-GCM input: {error}") from None


AesGcm = AESGCM


def aes_gcm(key: bytes) -> AesGcm:
    """One AES-256-GCM cipher object for many values under the same key."""
    if len(key) != KEY_BYTES:
        raise VectorFormatError("envelope keys are 32 bytes (AES-256)")
    return _aes_gcm(key)


def aes_gcm_decrypt_with(
    cipher: AesGcm, nonce: bytes, ciphertext: bytes, associated_data: bytes
) -> bytes:
    """:func:`aes_gcm_decrypt` with a cipher object from :func:`aes_gcm`."""
    if len(ciphertext) < TAG_BYTES:
        raise DecryptionFailed("ciphertext is shorter than its authentication tag")
    try:
        return cipher.decrypt(nonce, ciphertext, associated_data)
    except InvalidTag:
        raise DecryptionFailed("authentication failed") from None
    except ValueError as error:
        raise VectorFormatError(f"unusable AES-GCM input: {error}") from None


def _aes_gcm(key: bytes) -> AESGCM:
    try:
        return AESGCM(key)
    except ValueError:
        raise VectorFormatError("AES-GCM key must be 16, 24 or 32 bytes") from None


def hkdf_sha256(input_key: bytes, salt: bytes | None, info: bytes, length: int) -> bytes:
    """Full HKDF (extract and expand) with SHA-256, for subkeys of the master key."""
    try:
        return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(
            input_key
        )
    except ValueError as error:
        raise VectorFormatError(f"unusable HKDF request: {error}") from None


def hkdf_expand_sha512(prk: bytes, info: bytes, length: int) -> bytes:
    """HKDF-Expand alone, as C2SP chunked encryption prescribes."""
    return HKDFExpand(algorithm=hashes.SHA512(), length=length, info=info).derive(prk)


def argon2id(
    passphrase: bytes, salt: bytes, *, memory_kib: int, iterations: int, lanes: int
) -> bytes:
    """Derive a 32-byte key-encryption key from a passphrase."""
    kdf = Argon2id(
        salt=salt, length=KEY_BYTES, iterations=iterations, lanes=lanes, memory_cost=memory_kib
    )
    return kdf.derive(passphrase)


def new_signing_key() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair as (private seed, public key), 32 bytes each."""
    private = Ed25519PrivateKey.generate()
    return (
        private.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION),
        private.public_key().public_bytes(_RAW, _RAW_PUBLIC),
    )


def sign(private_seed: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_seed).sign(message)


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """True only for a valid Ed25519 signature; malformed keys or signatures are False."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def new_exchange_key() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair as (private, public), used to wrap the master key to an editor."""
    private = X25519PrivateKey.generate()
    return (
        private.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION),
        private.public_key().public_bytes(_RAW, _RAW_PUBLIC),
    )


def x25519_shared_secret(private_key: bytes, public_key: bytes) -> bytes:
    """Raw X25519; refuses low-order public keys (all-zero shared secret)."""
    try:
        private = X25519PrivateKey.from_private_bytes(private_key)
        return private.exchange(X25519PublicKey.from_public_bytes(public_key))
    except ValueError as error:
        raise VectorFormatError(f"unusable X25519 input: {error}") from None


def hpke_wrap(public_key: bytes, plaintext: bytes, info: bytes) -> bytes:
    """Seal a key to an X25519 public key with HPKE (RFC 9180, base mode)."""
    recipient = X25519PublicKey.from_public_bytes(public_key)
    return _WRAP_SUITE.encrypt(plaintext, recipient, info=info)


def hpke_unwrap(private_key: bytes, ciphertext: bytes, info: bytes) -> bytes:
    """Open an HPKE-sealed key, or raise DecryptionFailed."""
    try:
        return _WRAP_SUITE.decrypt(
            ciphertext, X25519PrivateKey.from_private_bytes(private_key), info=info
        )
    except (InvalidTag, ValueError):
        raise DecryptionFailed("key wrap did not open") from None


def shake128(data: bytes, length: int) -> bytes:
    """SHAKE128 output of ``length`` bytes: the per-row expansion of the items sum."""
    return hashlib.shake_128(data).digest(length)
