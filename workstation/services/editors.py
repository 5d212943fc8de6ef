"""Managing the editors of a vault."""

from __future__ import annotations

from vault.session import Session
from vault.store import EditorRecord, Vault
from workstation.passphrases import weakness
from workstation.services.errors import WorkstationError


def require_strong(passphrase: str, editor: str) -> None:
    reason = weakness(passphrase, [editor])
    if reason:
        raise WorkstationError(f"passphrase refused: {reason}")


def add_editor(session: Session, name: str, passphrase: str) -> str:
    require_strong(passphrase, name)
    return session.add_editor(name, passphrase)


def list_editors(vault: Vault, *, include_removed: bool = False) -> list[EditorRecord]:
    return vault.editors(include_removed=include_removed)


def remove_editor(session: Session, name: str) -> str:
    return session.remove_editor(name)


def change_passphrase(session: Session, passphrase: str) -> None:
    require_strong(passphrase, session.editor_name)
    session.change_passphrase(passphrase)
