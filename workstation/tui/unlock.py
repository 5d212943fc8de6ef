"""Unlock: editor name and passphrase; a wrong passphrase is said inline, nothing else.

Deriving the key takes seconds by design (a memory-hard KDF), so it runs in a thread
worker while the screen shows that it is working; the run ends in one place, the
worker's state change, as the inbox's scan does.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, LoadingIndicator, Static
from textual.worker import Worker, WorkerState

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
        self.unlocking = False

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
            yield Static("", id="unlock-status")
            yield LoadingIndicator(id="unlock-progress")
            yield Button("Unlock", variant="primary", id="unlock")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#unlock-progress").display = False
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
        if self.unlocking:
            return
        editor = self.query_one("#editor", Input).value.strip()
        passphrase_input = self.query_one("#passphrase", Input)
        passphrase, passphrase_input.value = passphrase_input.value, ""
        self.query_one("#unlock-error", Static).update("")
        self.working(True)
        self.derive(editor, passphrase)
        del passphrase

    def working(self, busy: bool) -> None:
        self.unlocking = busy
        self.query_one("#unlock-progress").display = busy
        self.query_one("#unlock", Button).disabled = busy
        self.query_one("#unlock-status", Static).update(
            "Deriving the key from the passphrase (this takes a few seconds)..." if busy else ""
        )

    @work(thread=True, exclusive=True, group="unlock", exit_on_error=False)
    def derive(self, editor: str, passphrase: str) -> None:
        self.desk.unlock(editor, passphrase)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Where every unlock ends: the inbox, the refusal said inline, or a failure."""
        if event.worker.group != "unlock" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            return
        self.working(False)
        error = event.worker.error
        message = self.query_one("#unlock-error", Static)
        if event.state == WorkerState.SUCCESS:
            self.app.after_unlock()  # type: ignore[attr-defined]
        elif isinstance(error, PassphraseRefused):
            message.update("Wrong passphrase for this editor. Try again.")
            self.query_one("#passphrase", Input).focus()
        elif isinstance(error, WorkstationError):
            message.update(str(error))
        else:  # the class name only: nothing of the passphrase or the vault
            message.update(f"The unlock failed ({type(error).__name__ if error else 'cancelled'}).")
