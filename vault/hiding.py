"""Keys that hide what clear columns would otherwise say about content.

Two values must stay readable without a passphrase yet say nothing about documents:
item ids (a decision must follow the same span across scans, so ids are stable) and
audit details (the chain must verify with public keys alone). Both use one random
vault secret, ``hiding-key``, sealed under the master key like every other secret and
re-sealed (not replaced) by a rotation, so ids and sealed details stay valid:

- keyed ids: HMAC-SHA256 under HKDF(hiding-key, info ``workstation/keyed-id/v1``);
- audit details: every detail except the vault's own public ones (``PUBLIC_DETAILS``)
  is sealed as one envelope under HKDF(hiding-key, info ``workstation/audit-details/v1``)
  bound to (vault, ``audit``, seq, ``details``, 1) and stored as the detail ``sealed``
  (hex), so the chain hashes and signs the ciphertext.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from vault import crypto, envelope
from vault.binding import Binding
from vault.errors import DecryptionFailed

SECRET_NAME = "hiding-key"  # noqa: S105 (the name of a sealed secret, not a secret)
SEALED = "sealed"
# Details the vault itself writes that describe editors and keys, never content.
PUBLIC_DETAILS = frozenset({"editor", "key_id", "secrets_replaced", "size", "seq_before", "slot"})
UNREADABLE = "(sealed details do not open: tampered)"
_ID_INFO = b"workstation/keyed-id/v1"
_DETAILS_INFO = b"workstation/audit-details/v1"

Value = str | int | bool | None


def new_secret() -> bytes:
    return crypto.random_bytes(crypto.KEY_BYTES)


def keyed_id(secret: bytes, message: bytes) -> bytes:
    """A stable id for ``message`` that reveals nothing without the vault's secret."""
    key = crypto.hkdf_sha256(secret, None, _ID_INFO, crypto.KEY_BYTES)
    return crypto.hmac_sha256(key, message)


def split(details: Mapping[str, Value]) -> tuple[dict[str, Value], dict[str, Value]]:
    """(public, private) parts of an entry's details."""
    public = {k: v for k, v in details.items() if k in PUBLIC_DETAILS}
    private = {k: v for k, v in details.items() if k not in PUBLIC_DETAILS}
    return public, private


def _binding(vault_id: bytes, seq: int) -> Binding:
    return Binding(vault_id, "audit", str(seq), "details")


def _details_key(secret: bytes) -> bytes:
    return crypto.hkdf_sha256(secret, None, _DETAILS_INFO, crypto.KEY_BYTES)


def seal_details(
    secret: bytes, vault_id: bytes, seq: int, details: Mapping[str, Value]
) -> dict[str, Value]:
    """The details as stored: public ones in clear, the rest as one sealed value."""
    public, private = split(details)
    if not private:
        return public
    plaintext = json.dumps(private, sort_keys=True, separators=(",", ":")).encode()
    sealed = envelope.seal(_details_key(secret), plaintext, _binding(vault_id, seq))
    return public | {SEALED: sealed.hex()}


def open_details(
    secret: bytes, vault_id: bytes, seq: int, stored: Mapping[str, Value]
) -> dict[str, Value]:
    """The details as written; an entry without sealed details is returned as stored."""
    value = stored.get(SEALED)
    if not isinstance(value, str):
        return dict(stored)
    opened = {k: v for k, v in stored.items() if k != SEALED}
    try:
        plaintext = envelope.open_sealed(
            _details_key(secret), bytes.fromhex(value), _binding(vault_id, seq)
        )
        private = json.loads(plaintext)
    except (DecryptionFailed, ValueError):
        return opened | {SEALED: UNREADABLE}
    if not isinstance(private, dict):
        return opened | {SEALED: UNREADABLE}
    return opened | {k: v for k, v in private.items() if v is None or isinstance(v, str | int)}
