"""Sealed intake with age: a separate machine encrypts to the vault's X25519 recipient.

The intake machine holds only the public recipient (``age1...``), so it can seal
submissions but never read them back. Only recipient stanzas are accepted:
passphrase (scrypt) files are refused, and header and file sizes are capped
before any decryption work.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from contextlib import suppress
from typing import Any

import pyrage

from vault import Session
from workstation.services.errors import IntakeRefused, WorkstationError

IDENTITY_SECRET = "intake-age-identity"  # noqa: S105 - the name of a secret, not a secret
# The identity replaced when an editor was removed, kept so that submissions already
# sealed to the old recipient (in transit) can still be opened.
PREVIOUS_IDENTITY_SECRET = "intake-age-identity-previous"  # noqa: S105 - a name
AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
MAX_HEADER_BYTES = 8 * 1024
"""A header with one recipient and rage's grease stanza is about 300 bytes; 8 KiB leaves
room for dozens of recipients. The cap also bounds the work: pyrage's header parser
takes time quadratic in the header's size (3 s at 64 KiB here, 50 ms at 8 KiB)."""
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
        raise IntakeRefused(
            f"{shown}: age header missing or over {MAX_HEADER_BYTES // 1024} KiB; nothing stored"
        )
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


def _identities(session: Session, shown: str) -> list[Any]:
    """The vault's intake identity, and the one before the last editor removal if any."""
    secret = session.get_secret(IDENTITY_SECRET)
    if secret is None:
        raise IntakeRefused(
            f"{shown}: this vault has no intake key yet, so nothing can have been sealed to it"
        )
    identities = [pyrage.x25519.Identity.from_str(secret.decode())]
    previous = session.get_secret(PREVIOUS_IDENTITY_SECRET)
    if previous is not None:  # sealed to the recipient in use before the last editor removal
        identities.append(pyrage.x25519.Identity.from_str(previous.decode()))
    return identities


def _not_ours(shown: str) -> IntakeRefused:
    return IntakeRefused(
        f"{shown}: not sealed to this vault's intake key, or damaged; nothing stored"
    )


def _damaged(shown: str) -> IntakeRefused:
    return IntakeRefused(
        f"{shown}: damaged or cut short (its contents fail authentication); nothing stored"
    )


def open_sealed(session: Session, data: bytes, shown: str) -> bytes:
    """Decrypt a (small) sealed submission in memory with the vault-held identity."""
    if len(data) > MAX_SEALED_BYTES:
        raise IntakeRefused(f"{shown}: sealed file is over the 512 MiB limit; nothing stored")
    check_header(data, shown)
    try:
        return bytes(pyrage.decrypt(data, _identities(session, shown)))
    except pyrage.DecryptError:
        raise _not_ours(shown) from None


class _Cancelled(Exception):
    """The consumer stopped reading: end the decrypting thread."""


def stream_sealed(session: Session, descriptor: int, shown: str) -> Iterator[bytes]:
    """Decrypt a large sealed submission piece by piece, in bounded memory.

    pyrage writes plaintext as it authenticates each age chunk; a thread runs it and a
    small queue hands the pieces over. A failure, even at the very end, raises here, so
    the caller's transaction rolls back and nothing half-decrypted is kept.
    """
    check_header(os.pread(descriptor, MAX_HEADER_BYTES, 0), shown)
    identities = _identities(session, shown)
    pieces: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=16)
    stop = threading.Event()

    class Writer:
        def write(self, data: bytes) -> int:
            while not stop.is_set():
                with suppress(queue.Full):
                    pieces.put(bytes(data), timeout=0.2)
                    return len(data)
            raise _Cancelled

        def flush(self) -> None:
            return None

    def decrypt() -> None:
        try:
            with os.fdopen(os.dup(descriptor), "rb") as source:
                source.seek(0)  # a duplicated descriptor shares the file offset
                pyrage.decrypt_io(source, Writer(), identities)
            outcome: BaseException | None = None
        except pyrage.DecryptError:
            outcome = _not_ours(shown)
        except OSError as error:
            # pyrage reports a chunk that fails authentication (tampered, truncated) as an
            # OSError without an errno; a real read error has one.
            outcome = _damaged(shown) if error.errno is None else error
        except BaseException as error:
            outcome = error
        with suppress(queue.Full):
            pieces.put(outcome, timeout=5)

    worker = threading.Thread(target=decrypt, name="sealed-intake", daemon=True)
    worker.start()
    try:
        while (item := pieces.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join(timeout=5)


def seal_bytes(data: bytes, recipient: str) -> bytes:
    """What ``age -r RECIPIENT`` does, for intake machines without the age tool."""
    try:
        parsed = pyrage.x25519.Recipient.from_str(recipient.strip())
    except pyrage.RecipientError:
        raise WorkstationError("that is not an age recipient (it starts with 'age1')") from None
    return bytes(pyrage.encrypt(data, [parsed]))
