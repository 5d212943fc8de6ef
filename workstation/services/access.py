"""Creating, opening and unlocking vaults for the command line and the UI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vault import Session, Vault
from workstation.passphrases import weakness
from workstation.services.errors import EditorChoiceNeeded, WorkstationError

PassphraseSource = Callable[[], str]


def init_vault(path: Path, editor: str, passphrase: str) -> Session:
    """A new vault with its first editor; a weak passphrase is refused with the reason."""
    reason = weakness(passphrase, [editor])
    if reason:
        raise WorkstationError(f"passphrase refused: {reason}")
    return Vault.create(path, editor, passphrase)


def open_vault(path: Path) -> Vault:
    return Vault.open(path)


def choose_editor(vault: Vault, editor: str | None) -> str:
    """The named editor, or the only one when the vault has exactly one."""
    if editor:
        return editor
    names = [record.name for record in vault.editors()]
    if len(names) == 1:
        return names[0]
    raise EditorChoiceNeeded(
        "this vault has several editors: say which with --editor NAME (or $WORKSTATION_EDITOR)"
    )


def unlock(vault: Vault, editor: str | None, passphrase: PassphraseSource) -> Session:
    """Unlock as the chosen editor; the passphrase is asked for only once the editor is known."""
    return vault.unlock(choose_editor(vault, editor), passphrase())
