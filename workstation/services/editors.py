"""Managing the editors of a vault."""

from __future__ import annotations

from dataclasses import dataclass

from vault import EditorRecord, Session, Vault
from workstation.passphrases import weakness
from workstation.services import policies, sealed_intake
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


SHIPPED_STRICTEST = 2
"""What the shipped source-protection policy asks; the floor when no policy says more."""


@dataclass(frozen=True)
class EditorAdded:
    editor_id: str
    confirmations_needed: int
    """The adder counts as one; more than one leaves the editor pending."""

    @property
    def pending(self) -> bool:
        return self.confirmations_needed > 1


def confirmations_needed(vault: Vault) -> int:
    """As many active editors as the strictest policy of the vault asks to approve a
    release (at least the shipped source-protection's two), but no more than there are:
    so one editor cannot manufacture a second approval by adding a colleague, while a
    vault with a single editor can still add its first colleague (set up in person)."""
    strictest = SHIPPED_STRICTEST
    for _, _, loaded, _ in policies.summaries(vault.path):
        if loaded is not None:
            strictest = max(strictest, loaded.policy.release.approvals)
    return max(1, min(strictest, len(vault.editors())))


def add_editor(session: Session, name: str, passphrase: str) -> EditorAdded:
    """Add NAME, pending until enough active editors confirm (the adder counts as one)."""
    require_strong(passphrase, name)
    needed = confirmations_needed(Vault(session.path, session.connection))
    return EditorAdded(session.add_editor(name, passphrase, needed), needed)


def confirm_editor(session: Session, name: str) -> tuple[int, int, bool]:
    """Confirm a pending editor as the unlocked one: (confirmations, needed, now active)."""
    needed = confirmations_needed(Vault(session.path, session.connection))
    count, active = session.confirm_editor(name, needed)
    return count, needed, active


def list_editors(vault: Vault, *, include_removed: bool = False) -> list[EditorRecord]:
    """Active and pending editors (removed ones too if asked)."""
    editors = vault.editors(include_removed=True)
    return [e for e in editors if include_removed or e.state != "removed"]


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
