"""Managing the editors of a vault."""

from __future__ import annotations

from dataclasses import dataclass

from vault import EditorRecord, Session, Vault
from workstation.passphrases import weakness
from workstation.services import sealed_intake
from workstation.services.errors import WorkstationError


@dataclass(frozen=True)
class EditorRemoved:
    """What removing an editor changed, for the command line or UI to tell the user."""

    editor_id: str
    key_id: int  # the new master-key generation
    # The vault's new age recipient when the intake identity was replaced (None when the
    # vault had none): intake machines must be given it; the old one still opens
    # submissions already in transit, but the removed editor may hold its identity.
    new_intake_recipient: str | None
    # A one-line warning when the old keys could not yet be cleared from the journal.
    scrub_pending: str | None


@dataclass(frozen=True)
class PassphraseChanged:
    key_id: int  # the new master-key generation
    scrub_pending: str | None


def require_strong(passphrase: str, editor: str) -> None:
    reason = weakness(passphrase, [editor])
    if reason:
        raise WorkstationError(f"passphrase refused: {reason}")


def add_editor(session: Session, name: str, passphrase: str) -> str:
    require_strong(passphrase, name)
    return session.add_editor(name, passphrase)


def list_editors(vault: Vault, *, include_removed: bool = False) -> list[EditorRecord]:
    return vault.editors(include_removed=include_removed)


def remove_editor(session: Session, name: str) -> EditorRemoved:
    """Remove NAME, rotate the master key and replace the intake identity, in one transaction."""
    replacement = sealed_intake.replacement_identity(session)
    secrets, recipient = replacement if replacement else ({}, None)
    removed = session.remove_editor(name, replace_secrets=secrets)
    return EditorRemoved(removed, session.keys.key_id, recipient, session.scrub_pending)


def change_passphrase(session: Session, passphrase: str) -> PassphraseChanged:
    """A new passphrase, X25519 key pair and master key for the unlocked editor."""
    require_strong(passphrase, session.editor_name)
    key_id = session.change_passphrase(passphrase)
    return PassphraseChanged(key_id, session.scrub_pending)
