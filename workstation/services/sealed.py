"""Sealed intake with age: a separate machine encrypts to the vault's X25519 recipient.

The intake machine holds only the public recipient (``age1...``), so it can seal
submissions but never read them back. Only recipient stanzas are accepted:
passphrase (scrypt) files are refused, and header and file sizes are capped
before any decryption work.
"""

from __future__ import annotations

import pyrage

from vault.session import Session
from workstation.services.errors import IntakeRefused, WorkstationError

IDENTITY_SECRET = "intake-age-identity"  # noqa: S105 - the name of a secret, not a secret
# The identity replaced when an editor was removed, kept so that submissions already
# sealed to the old recipient (in transit) can still be opened.
PREVIOUS_IDENTITY_SECRET = "intake-age-identity-previous"  # noqa: S105 - a name
AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
MAX_HEADER_BYTES = 64 * 1024
MAX_SEALED_BYTES = 512 * 1024 * 1024


def looks_sealed(name: str, head: bytes) -> bool:
    return name.lower().endswith(".age") or head.startswith((AGE_MAGIC, ARMOR_MAGIC))


def intake_recipient(session: Session) -> str:
    """The vault's age recipient, creating the intake identity on first use."""
    secret = session.get_secret(IDENTITY_SECRET)
    if secret is None:
        identity = pyrage.x25519.Identity.generate()
        session.put_secret(IDENTITY_SECRET, str(identity).encode())
    else:
        identity = pyrage.x25519.Identity.from_str(secret.decode())
    return str(identity.to_public())


def replacement_identity(session: Session) -> tuple[dict[str, bytes], str] | None:
    """Secrets that replace the intake identity with a fresh one, and its new recipient.

    For ``Session.remove_editor(..., replace_secrets=...)``: a removed editor may have
    copied the identity, so it must not open anything sealed after they left. The old
    identity moves to PREVIOUS_IDENTITY_SECRET (dropping any older one). None when the
    vault has no intake identity yet (nothing to replace).
    """
    current = session.get_secret(IDENTITY_SECRET)
    if current is None:
        return None
    identity = pyrage.x25519.Identity.generate()
    secrets = {IDENTITY_SECRET: str(identity).encode(), PREVIOUS_IDENTITY_SECRET: current}
    return secrets, str(identity.to_public())


def check_header(data: bytes, shown: str) -> None:
    """Refuse anything but a binary age file whose stanzas are all X25519 recipients."""
    if data.startswith(ARMOR_MAGIC):
        raise IntakeRefused(f"{shown}: ASCII-armoured age files are not accepted; seal without -a")
    if not data.startswith(AGE_MAGIC):
        raise IntakeRefused(f"{shown}: not an age file")
    end = data.find(b"\n---", 0, MAX_HEADER_BYTES)
    if end < 0:
        raise IntakeRefused(f"{shown}: age header missing or over 64 KiB; nothing stored")
    # Stanza types other than X25519 and scrypt are ignored, not refused: rage (and so
    # 'workstation seal') adds a random "grease" stanza such as "-> 7;^fn*'Z-grease ...".
    kinds = {
        line[3:].split(b" ", 1)[0]
        for line in data[len(AGE_MAGIC) : end].split(b"\n")
        if line.startswith(b"-> ")
    }
    if b"scrypt" in kinds:
        raise IntakeRefused(
            f"{shown}: sealed with a passphrase (scrypt); ask the sender to seal it to "
            "the vault's intake key ('workstation intake-key export')"
        )
    if b"X25519" not in kinds:
        raise IntakeRefused(
            f"{shown}: not sealed to an X25519 recipient such as the vault's intake key;"
            " nothing stored"
        )


def open_sealed(session: Session, data: bytes, shown: str) -> bytes:
    """Decrypt a sealed submission with the vault-held identity."""
    if len(data) > MAX_SEALED_BYTES:
        raise IntakeRefused(f"{shown}: sealed file is over the 512 MiB limit; nothing stored")
    check_header(data, shown)
    secret = session.get_secret(IDENTITY_SECRET)
    if secret is None:
        raise IntakeRefused(
            f"{shown}: this vault has no intake key yet, so nothing can have been sealed to it"
        )
    identities = [pyrage.x25519.Identity.from_str(secret.decode())]
    previous = session.get_secret(PREVIOUS_IDENTITY_SECRET)
    if previous is not None:  # sealed to the recipient in use before the last editor removal
        identities.append(pyrage.x25519.Identity.from_str(previous.decode()))
    try:
        return bytes(pyrage.decrypt(data, identities))
    except pyrage.DecryptError:
        raise IntakeRefused(
            f"{shown}: not sealed to this vault's intake key, or damaged; nothing stored"
        ) from None


def seal_bytes(data: bytes, recipient: str) -> bytes:
    """What ``age -r RECIPIENT`` does, for intake machines without the age tool."""
    try:
        parsed = pyrage.x25519.Recipient.from_str(recipient.strip())
    except pyrage.RecipientError:
        raise WorkstationError("that is not an age recipient (it starts with 'age1')") from None
    return bytes(pyrage.encrypt(data, [parsed]))
