"""Editor key slots: a passphrase opens an editor's private keys, which open the master key.

Each editor has an Ed25519 signing key and an X25519 key; both private halves are
sealed under a key derived from the passphrase (Argon2id). The master key is
wrapped to the X25519 public key with HPKE, so any unlocked editor can re-wrap a
new master key for every other editor during rotation without their passphrases.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault import crypto, envelope
from vault.binding import Binding
from vault.errors import DecryptionFailed, VaultTampered, WrongPassphrase
from vault.kdf import KdfParams, derive_key

_KEY_CHECK = b"workstation/key-check/v1"


@dataclass(frozen=True)
class EditorKeys:
    """An unlocked editor's private keys (kept in memory only)."""

    signing_private: bytes
    signing_public: bytes
    exchange_private: bytes
    exchange_public: bytes


@dataclass(frozen=True)
class SealedSlot:
    """What the vault stores for one editor."""

    kdf: KdfParams
    sealed_private: bytes


def new_editor_keys() -> EditorKeys:
    signing_private, signing_public = crypto.new_signing_key()
    exchange_private, exchange_public = crypto.new_exchange_key()
    return EditorKeys(signing_private, signing_public, exchange_private, exchange_public)


def private_binding(vault_id: bytes, editor_id: str) -> Binding:
    return Binding(vault_id, "editors", editor_id, "sealed_private")


def wrap_binding(vault_id: bytes, editor_id: str, key_id: int) -> Binding:
    return Binding(vault_id, "editors", editor_id, "master_wrap", key_id)


def seal_slot(
    keys: EditorKeys, passphrase: str, kdf: KdfParams, vault_id: bytes, editor_id: str
) -> SealedSlot:
    """Seal an editor's private keys under their passphrase."""
    kek = derive_key(passphrase, kdf)
    plaintext = keys.signing_private + keys.exchange_private
    return SealedSlot(kdf, envelope.seal(kek, plaintext, private_binding(vault_id, editor_id)))


def open_slot(
    slot: SealedSlot,
    passphrase: str,
    vault_id: bytes,
    editor_id: str,
    public_keys: tuple[bytes, bytes],
) -> EditorKeys:
    """One Argon2id run; a failed tag means the passphrase is wrong."""
    kek = derive_key(passphrase, slot.kdf)
    try:
        plaintext = envelope.open_sealed(
            kek, slot.sealed_private, private_binding(vault_id, editor_id)
        )
    except DecryptionFailed:
        raise WrongPassphrase("wrong passphrase") from None
    keys = EditorKeys(plaintext[:32], public_keys[0], plaintext[32:], public_keys[1])
    probe = crypto.sign(keys.signing_private, _KEY_CHECK)
    if not crypto.verify_signature(keys.signing_public, probe, _KEY_CHECK):
        raise VaultTampered("an editor's stored public key does not match their private key")
    return keys


def wrap_master(
    master_key: bytes, exchange_public: bytes, vault_id: bytes, editor_id: str, key_id: int
) -> bytes:
    info = wrap_binding(vault_id, editor_id, key_id).encode()
    return crypto.hpke_wrap(exchange_public, master_key, info)


def unwrap_master(
    wrapped: bytes, keys: EditorKeys, vault_id: bytes, editor_id: str, key_id: int
) -> bytes:
    info = wrap_binding(vault_id, editor_id, key_id).encode()
    try:
        return crypto.hpke_unwrap(keys.exchange_private, wrapped, info)
    except DecryptionFailed:
        raise VaultTampered(
            "their copy of the master key does not open (tampered or replaced)"
        ) from None
