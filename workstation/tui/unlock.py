"""Unlock: editor name and passphrase; a wrong passphrase is said inline, nothing else."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Static

from workstation.services.errors import WorkstationError
from workstation.services.ui_facade import Desk, PassphraseRefused


class UnlockScreen(Screen[None]):
    """The first screen, and the one the idle lock returns to."""

    def __init__(self, desk: Desk, editor: str | None, locked: str = "") -> None:
        """``locked`` says why the vault was locked (ctrl+l, or inactivity), if it was."""
        super().__init__()
        self.desk = desk
        self.editor = editor
        self.locked = locked

    def compose(self) -> ComposeResult:
        names = self.desk.editors()
        editor = self.editor or (names[0] if len(names) == 1 else "")
        with Vertical(id="unlock-box"):
            yield Static("Unlock the vault", id="unlock-title")
            if self.locked:
                yield Static(self.locked, id="unlock-locked", markup=False)
            yield Label("Editor")
            yield Input(value=editor, placeholder="your editor name", id="editor")
            yield Label("Passphrase")
            yield Input(password=True, placeholder="passphrase", id="passphrase")
            yield Static("", id="unlock-error", markup=False)
            yield Button("Unlock", variant="primary", id="unlock")
        yield Footer()

    def on_mount(self) -> None:
        target = "#passphrase" if self.query_one("#editor", Input).value else "#editor"
        self.query_one(target, Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "editor":
            self.query_one("#passphrase", Input).focus()
        else:
            self.attempt()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.attempt()

    def attempt(self) -> None:
        editor = self.query_one("#editor", Input).value.strip()
        passphrase_input = self.query_one("#passphrase", Input)
        passphrase, passphrase_input.value = passphrase_input.value, ""
        error = self.query_one("#unlock-error", Static)
        try:
            self.desk.unlock(editor, passphrase)
        except PassphraseRefused:
            error.update("Wrong passphrase for this editor. Try again.")
            passphrase_input.focus()
            return
        except WorkstationError as refusal:
            error.update(str(refusal))
            return
        finally:
            del passphrase
        self.app.after_unlock()  # type: ignore[attr-defined]
