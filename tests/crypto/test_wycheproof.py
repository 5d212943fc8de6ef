"""Every Wycheproof vector we ship, checked against our wrappers exactly as its ``result`` says.

* ``valid``: our wrapper must succeed and produce the expected output.
* ``invalid``: our wrapper must refuse (raise, or return False for signatures).
* ``acceptable``: the spec allows either; each test below states the choice our wrapper
  makes and asserts it is made consistently.

The one place a label cannot be honoured is AES-GCM with IVs that ``cryptography`` does
not implement (shorter than 8 or longer than 128 bytes): those ``valid`` vectors are
checked in their own test, ``test_aes_gcm_unsupported_parameter``, which asserts the
refusal is a clean VectorFormatError. ``test_every_vector_is_checked`` guards the counts.
"""

from __future__ import annotations

import contextlib
import hashlib
import zlib
from collections.abc import Callable
from typing import Any

import pytest

from vault import chunked, crypto
from vault.errors import DecryptionFailed, VectorFormatError

Vector = dict[str, Any]
Loader = Callable[[str], tuple[Vector, ...]]

AES_GCM = "aes_gcm_test.json"
CHUNKED = "c2sp_chunked_encryption_aes_256_gcm_test.json"
ED25519 = "ed25519_test.json"
HKDF = "hkdf_sha256_test.json"
X25519 = "x25519_test.json"
ALL_FILES = (AES_GCM, CHUNKED, ED25519, HKDF, X25519)

# cryptography's AESGCM accepts nonces of 8 to 128 bytes inclusive and only 16-byte tags.
LIBRARY_NONCE_BYTES = range(8, 128 + 1)
LIBRARY_TAG_BYTES = 16


def h(vector: Vector, field: str) -> bytes:
    return bytes.fromhex(vector[field])


# --------------------------------------------------------------------------------------
# AES-GCM
# --------------------------------------------------------------------------------------


def aes_gcm_supported(vector: Vector) -> bool:
    """Whether cryptography's AESGCM implements this vector's IV and tag sizes."""
    return (
        len(h(vector, "iv")) in LIBRARY_NONCE_BYTES and len(h(vector, "tag")) == LIBRARY_TAG_BYTES
    )


def aes_gcm_checked_as_labelled(vector: Vector) -> bool:
    return vector["result"] == "invalid" or aes_gcm_supported(vector)


def aes_gcm_valid_but_unsupported(vector: Vector) -> bool:
    return vector["result"] == "valid" and not aes_gcm_supported(vector)


@pytest.mark.wycheproof(AES_GCM, "aes_gcm", where=aes_gcm_checked_as_labelled)
def test_aes_gcm(vector: Vector) -> None:
    key, iv, aad, msg = h(vector, "key"), h(vector, "iv"), h(vector, "aad"), h(vector, "msg")
    sealed = h(vector, "ct") + h(vector, "tag")
    assert vector["result"] in {"valid", "invalid"}
    if vector["result"] == "valid":
        assert crypto.aes_gcm_encrypt(key, iv, msg, aad) == sealed
        assert crypto.aes_gcm_decrypt(key, iv, sealed, aad) == msg
        return
    if aes_gcm_supported(vector):
        # ModifiedTag: authentication must fail, and we would never have produced these bytes.
        with pytest.raises(DecryptionFailed):
            crypto.aes_gcm_decrypt(key, iv, sealed, aad)
        assert crypto.aes_gcm_encrypt(key, iv, msg, aad) != sealed
    else:
        # ZeroLengthIv (CVE-2017-7822): refused in both directions. Decryption reports a
        # VectorFormatError; encryption currently leaks cryptography's raw ValueError
        # (see test_aes_gcm_encrypt_refuses_unsupported_parameter_cleanly).
        with pytest.raises(VectorFormatError):
            crypto.aes_gcm_decrypt(key, iv, sealed, aad)
        with pytest.raises((VectorFormatError, ValueError)):
            crypto.aes_gcm_encrypt(key, iv, msg, aad)


@pytest.mark.wycheproof(AES_GCM, "aes_gcm", where=aes_gcm_valid_but_unsupported)
def test_aes_gcm_unsupported_parameter(vector: Vector) -> None:
    """Valid vectors whose IV size cryptography cannot do: refused cleanly, never mis-decrypted."""
    key, iv, aad = h(vector, "key"), h(vector, "iv"), h(vector, "aad")
    with pytest.raises(VectorFormatError):
        crypto.aes_gcm_decrypt(key, iv, h(vector, "ct") + h(vector, "tag"), aad)


def test_aes_gcm_encrypt_refuses_unsupported_parameter_cleanly(wycheproof: Loader) -> None:
    """Encryption with an IV size the library cannot do (33 vectors) raises VectorFormatError."""
    unsupported = [v for v in wycheproof(AES_GCM) if not aes_gcm_supported(v)]
    assert len(unsupported) == 33
    for vector in unsupported:
        with pytest.raises(VectorFormatError):
            crypto.aes_gcm_encrypt(h(vector, "key"), h(vector, "iv"), h(vector, "msg"), b"")


# --------------------------------------------------------------------------------------
# HKDF-SHA-256
# --------------------------------------------------------------------------------------


@pytest.mark.wycheproof(HKDF, "hkdf_sha256")
def test_hkdf_sha256(vector: Vector) -> None:
    ikm, salt, info, size = h(vector, "ikm"), h(vector, "salt"), h(vector, "info"), vector["size"]
    assert vector["result"] in {"valid", "invalid"}
    if vector["result"] == "invalid":
        # SizeTooLarge: more than 255 * 32 bytes of output.
        with pytest.raises(VectorFormatError):
            crypto.hkdf_sha256(ikm, salt, info, size)
        return
    assert crypto.hkdf_sha256(ikm, salt, info, size) == h(vector, "okm")
    if not salt:
        # RFC 5869: an absent salt is HashLen zero bytes, which HMAC treats like an empty key.
        assert crypto.hkdf_sha256(ikm, None, info, size) == h(vector, "okm")


# --------------------------------------------------------------------------------------
# Ed25519
# --------------------------------------------------------------------------------------


@pytest.mark.wycheproof(ED25519, "ed25519")
def test_ed25519_verify(vector: Vector) -> None:
    public_key = bytes.fromhex(vector["group"]["publicKey"]["pk"])
    verdict = crypto.verify_signature(public_key, h(vector, "sig"), h(vector, "msg"))
    assert vector["result"] in {"valid", "invalid"}
    assert verdict is (vector["result"] == "valid")


def test_ed25519_malformed_public_key_is_false() -> None:
    """Complements the vectors (whose keys are all 32 bytes): a malformed key is False, no raise."""
    seed, public_key = crypto.new_signing_key()
    signature = crypto.sign(seed, b"audit entry")
    assert crypto.verify_signature(public_key, signature, b"audit entry") is True
    for bad_key in (b"", public_key[:31], public_key + b"\x00"):
        assert crypto.verify_signature(bad_key, signature, b"audit entry") is False


# --------------------------------------------------------------------------------------
# X25519
# --------------------------------------------------------------------------------------

ZERO_SECRET = bytes(32)


@pytest.mark.wycheproof(X25519, "x25519")
def test_x25519(vector: Vector) -> None:
    """Valid: the expected secret. Acceptable: our choice is "compute it, unless it is all zero".

    Twist points and non-canonical public keys (top bit set, or u >= p) are computed as
    RFC 7748 prescribes (mask the top bit, reduce mod p). Low-order public keys, whose
    shared secret is all zero, are refused with VectorFormatError.
    """
    private, public, shared = h(vector, "private"), h(vector, "public"), h(vector, "shared")
    assert vector["result"] in {"valid", "acceptable"}
    if vector["result"] == "valid":
        assert shared != ZERO_SECRET
        assert crypto.x25519_shared_secret(private, public) == shared
    elif shared == ZERO_SECRET:
        with pytest.raises(VectorFormatError):
            crypto.x25519_shared_secret(private, public)
    else:
        assert crypto.x25519_shared_secret(private, public) == shared


# --------------------------------------------------------------------------------------
# C2SP chunked encryption (Cobblestone-256)
# --------------------------------------------------------------------------------------

_CIPHERTEXTS: dict[int, bytes] = {}
STREAM_PIECES = [1, 1000, chunked.SEALED_CHUNK_BYTES]


def chunked_ct(vector: Vector) -> bytes:
    """The vector's ciphertext (stored zlib-compressed, hex), decompressed once per session."""
    if vector["tcId"] not in _CIPHERTEXTS:
        _CIPHERTEXTS[vector["tcId"]] = zlib.decompress(h(vector, "ct"))
    return _CIPHERTEXTS[vector["tcId"]]


def flagged(vector: Vector, flag: str) -> bool:
    return flag in vector["flags"]


def matches_message(vector: Vector, plaintext: bytes) -> bool:
    """Whether plaintext is the message (or valid prefix) that msgLength/msgSha512 describe."""
    return (
        len(plaintext) == vector["msgLength"]
        and hashlib.sha512(plaintext).hexdigest() == vector["msgSha512"]
    )


def independent_valid_prefix(vector: Vector) -> bytes:
    """The valid prefix of a PartialPlaintext vector, recomputed without vault.chunked.

    Full chunks are opened one by one with the vector's own aeadKey and baseNonce (nonce =
    baseNonce XOR big-endian index), which cross-checks both our reading of the spec and
    the vector's msgLength/msgSha512.
    """
    ct = chunked_ct(vector)[chunked.HEADER_BYTES :]
    key, base = h(vector, "aeadKey"), int.from_bytes(h(vector, "baseNonce"), "big")
    assert vector["msgLength"] % chunked.CHUNK_BYTES == 0
    prefix = b""
    for index in range(vector["msgLength"] // chunked.CHUNK_BYTES):
        sealed = ct[index * chunked.SEALED_CHUNK_BYTES : (index + 1) * chunked.SEALED_CHUNK_BYTES]
        nonce = (base ^ index).to_bytes(crypto.NONCE_BYTES, "big")
        prefix += crypto.aes_gcm_decrypt(key, nonce, sealed, b"")
    assert matches_message(vector, prefix)
    return prefix


def assert_stays_failed(decryptor: chunked.ChunkedDecryptor) -> None:
    """After failing (or finishing) a decryptor accepts nothing more, forever."""
    for _ in range(2):
        with pytest.raises(DecryptionFailed):
            decryptor.update(b"\x00" * chunked.SEALED_CHUNK_BYTES * 2)
        with pytest.raises(DecryptionFailed):
            decryptor.update(b"")
        with pytest.raises(DecryptionFailed):
            decryptor.finish()


@pytest.mark.wycheproof(CHUNKED, "c2sp_chunked")
def test_chunked_decrypt(vector: Vector) -> None:
    key, ctx, ct = h(vector, "key"), h(vector, "ctx"), chunked_ct(vector)
    assert vector["result"] in {"valid", "invalid"}
    if vector["result"] == "valid":
        assert matches_message(vector, chunked.decrypt(key, ctx, ct))
    elif flagged(vector, "InvalidKeySize"):
        with pytest.raises(VectorFormatError):
            chunked.decrypt(key, ctx, ct)
    else:
        with pytest.raises(DecryptionFailed):
            chunked.decrypt(key, ctx, ct)


@pytest.mark.parametrize("piece", STREAM_PIECES, ids=lambda size: f"pieces{size}")
@pytest.mark.wycheproof(CHUNKED, "c2sp_chunked")
def test_chunked_streaming_decrypt(vector: Vector, piece: int) -> None:
    """ChunkedDecryptor fed ``piece`` bytes at a time: releases at most the valid prefix."""
    key, ctx, ct = h(vector, "key"), h(vector, "ctx"), chunked_ct(vector)
    if flagged(vector, "InvalidKeySize"):
        with pytest.raises(VectorFormatError):
            chunked.ChunkedDecryptor(key, ctx)
        return
    decryptor = chunked.ChunkedDecryptor(key, ctx)
    released = bytearray()
    failure: DecryptionFailed | None = None
    try:
        for start in range(0, len(ct), piece):
            released += decryptor.update(ct[start : start + piece])
        released += decryptor.finish()
    except DecryptionFailed as error:
        failure = error

    if vector["result"] == "valid":
        assert failure is None
        assert matches_message(vector, bytes(released))
    else:
        assert failure is not None, "an invalid ciphertext was accepted"
        if flagged(vector, "PartialPlaintext"):
            prefix = independent_valid_prefix(vector)
            assert len(released) <= len(prefix)
            assert bytes(released) == prefix[: len(released)]
        else:
            assert released == b"", "released plaintext from a message with no valid prefix"
    assert_stays_failed(decryptor)


@pytest.mark.wycheproof(CHUNKED, "c2sp_chunked", where=lambda v: not flagged(v, "InvalidKeySize"))
def test_chunked_decrypt_stream_generator(vector: Vector) -> None:
    """The generator API: yields only authenticated plaintext, then raises for invalid input."""
    key, ctx, ct = h(vector, "key"), h(vector, "ctx"), chunked_ct(vector)
    pieces = (ct[start : start + 7000] for start in range(0, len(ct), 7000))
    released = bytearray()
    expect_failure = vector["result"] == "invalid"
    with pytest.raises(DecryptionFailed) if expect_failure else contextlib.nullcontext():
        for plain in chunked.decrypt_stream(key, ctx, pieces):
            released += plain
    if vector["result"] == "valid":
        assert matches_message(vector, bytes(released))
    elif flagged(vector, "PartialPlaintext"):
        assert bytes(released) == independent_valid_prefix(vector)[: len(released)]
    else:
        assert released == b""


@pytest.mark.wycheproof(CHUNKED, "c2sp_chunked", where=lambda v: "aeadKey" in v)
def test_chunked_key_derivation(vector: Vector) -> None:
    """derive() gives the vector's aeadKey, baseNonce and the commitment stored in the header."""
    ct = chunked_ct(vector)
    salt, commitment = ct[: chunked.SALT_BYTES], ct[chunked.SALT_BYTES : chunked.HEADER_BYTES]
    key, base_nonce, expected = chunked.derive(h(vector, "key"), salt, h(vector, "ctx"))
    assert key == h(vector, "aeadKey")
    assert base_nonce == h(vector, "baseNonce")
    # Vectors with aeadKey fail (if at all) after the header, so their commitment is intact.
    assert expected == commitment


@pytest.mark.parametrize("piece", [None, 1000, chunked.CHUNK_BYTES], ids=lambda p: f"pieces{p}")
@pytest.mark.wycheproof(CHUNKED, "c2sp_chunked", where=lambda v: v["result"] == "valid")
def test_chunked_encrypt_with_injected_salt(vector: Vector, piece: int | None) -> None:
    """Encrypting the message again with the vector's salt reproduces the whole ciphertext."""
    key, ctx, ct = h(vector, "key"), h(vector, "ctx"), chunked_ct(vector)
    message = chunked.decrypt(key, ctx, ct)
    salt = ct[: chunked.SALT_BYTES]
    if piece is None:
        assert chunked.encrypt(key, ctx, message, salt=salt) == ct
        return
    encryptor = chunked.ChunkedEncryptor(key, ctx, salt=salt)
    out = b"".join(
        encryptor.update(message[start : start + piece]) for start in range(0, len(message), piece)
    )
    assert out + encryptor.finish() == ct


@pytest.mark.wycheproof(CHUNKED, "c2sp_chunked", where=lambda v: flagged(v, "InvalidKeySize"))
def test_chunked_encrypt_refuses_invalid_key_size(vector: Vector) -> None:
    with pytest.raises(VectorFormatError):
        chunked.ChunkedEncryptor(h(vector, "key"), h(vector, "ctx"))
    with pytest.raises(VectorFormatError):
        chunked.encrypt(h(vector, "key"), h(vector, "ctx"), b"message")


# --------------------------------------------------------------------------------------
# Coverage guard
# --------------------------------------------------------------------------------------


def test_every_vector_is_checked(wycheproof: Loader) -> None:
    """No vector silently drops out of the parametrisation, and the labels are the known ones."""
    labels = {name: {v["result"] for v in wycheproof(name)} for name in ALL_FILES}
    assert labels == {
        AES_GCM: {"valid", "invalid"},
        CHUNKED: {"valid", "invalid"},
        ED25519: {"valid", "invalid"},
        HKDF: {"valid", "invalid"},
        X25519: {"valid", "acceptable"},
    }

    aes = wycheproof(AES_GCM)
    as_labelled = [v for v in aes if aes_gcm_checked_as_labelled(v)]
    unsupported = [v for v in aes if aes_gcm_valid_but_unsupported(v)]
    assert len(as_labelled) + len(unsupported) == len(aes)
    # Pinned so that a new vector file (or a library that starts accepting more IV sizes)
    # is noticed: 27 valid vectors use 1-6 or 257 byte IVs, none uses a non-16-byte tag.
    assert len(unsupported) == 27
    assert all(len(h(v, "tag")) == LIBRARY_TAG_BYTES for v in aes)
