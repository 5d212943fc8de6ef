"""Global options and the helpers every command uses to reach the vault."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # imported lazily at run time so that --help stays fast
    from vault import Session, Vault


@dataclass
class Options:
    """What the user said before the command name."""

    vault_path: Path | None
    editor: str | None
    passphrase_file: str | None
    _opened: list[Vault] = field(default_factory=list)

    @property
    def path(self) -> Path:
        from workstation.services.location import default_vault_path

        return self.vault_path or default_vault_path()

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        from workstation.passphrases import ask_passphrase, read_passphrase_file

        if self.passphrase_file:
            return read_passphrase_file(self.passphrase_file)
        return ask_passphrase(prompt)

    def open_vault(self) -> Vault:
        from workstation.services import access

        vault = access.open_vault(self.path)
        self._opened.append(vault)
        for warning in vault.warnings:
            click.echo(warning, err=True)
        return vault

    def unlock(self) -> tuple[Vault, Session]:
        from workstation.services import access
        from workstation.terminal import neutralise_line

        vault = self.open_vault()
        editor = access.choose_editor(vault, self.editor)
        session = access.unlock(
            vault, editor, lambda: self.passphrase(f"Passphrase for {neutralise_line(editor)}: ")
        )
        return vault, session

    def close(self) -> None:
        for vault in self._opened:
            vault.close()


pass_options = click.make_pass_decorator(Options)


def new_passphrase(editor: str, passphrase_file: str | None) -> str:
    """A new editor's passphrase: from a file for scripts, else typed twice on the terminal."""
    from workstation.passphrases import ask_new_passphrase, read_passphrase_file

    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    return ask_new_passphrase(editor)
