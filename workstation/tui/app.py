"""The Textual app: screens, idle lock, and the safety rails around Textual itself.

Textual's crash screen prints a traceback with local variables, which would put
document text and passphrases on the terminal; here a crash prints one line and a crash
id. Screenshots, clipboard copy and text selection are off, devtools are never
connected, and the app runs on the alternate screen.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from typing import Any, ClassVar

from rich.segment import Segment, Segments
from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen

from workstation.services.ui_facade import Desk
from workstation.tui import pictures
from workstation.tui.help_screen import HelpScreen
from workstation.tui.inbox import InboxScreen
from workstation.tui.review_screen import ReviewScreen
from workstation.tui.unlock import UnlockScreen

DEFAULT_IDLE_SECONDS = 10 * 60
ISOLATION_RECHECK_SECONDS = 2.0
IDLE_ENVIRONMENT = "WORKSTATION_IDLE_LOCK_MINUTES"


def idle_seconds_from_environment() -> float:
    """$WORKSTATION_IDLE_LOCK_MINUTES, else 10 minutes; nonsense falls back to the default."""
    try:
        minutes = float(os.environ.get(IDLE_ENVIRONMENT, ""))
    except ValueError:
        return DEFAULT_IDLE_SECONDS
    return minutes * 60 if minutes > 0 else DEFAULT_IDLE_SECONDS


class WorkstationApp(App[None]):
    """Unlock, then the inbox; a document id given on the command line opens its review."""

    CSS_PATH = "workstation.tcss"
    TITLE = "Leak workstation"
    ALLOW_SELECT = False  # Textual's own selection would copy document text to the clipboard
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1,question_mark", "help", "Help", id="help"),
        Binding("ctrl+l", "lock", "Lock", id="lock"),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
    ]
    isolation_warning: reactive[str] = reactive("")
    """What the confined children lack on this machine (`tui.isolation_notice` shows it)."""

    def __init__(
        self,
        desk: Desk,
        editor: str | None = None,
        document_id: str | None = None,
        idle_seconds: float | None = None,
        probe_isolation: bool = True,
    ) -> None:
        super().__init__()
        self.devtools = None  # never stream screen contents to a devtools console
        self.desk = desk
        self.editor = editor
        self.start_document = document_id
        self.idle_seconds = idle_seconds or idle_seconds_from_environment()
        self.last_activity = time.monotonic()
        self.crash_id: str | None = None
        self.probe_isolation = probe_isolation
        self.isolation_probe: threading.Thread | None = None
        self.picture_widget: Any | None = None
        """The `textual-image` widget for this terminal, or None: it cannot draw pictures."""

    def on_mount(self) -> None:
        self.set_interval(min(5.0, self.idle_seconds / 4), self.lock_when_idle)
        # A plain thread, not a worker: it never touches the app (the recheck below reads
        # what the probe child noted), so nothing waits for it, a test pilot included.
        if self.probe_isolation:
            self.isolation_probe = threading.Thread(
                target=self.desk.isolation_warning, kwargs={"probe": True}, daemon=True
            )
            self.isolation_probe.start()
        self.set_interval(ISOLATION_RECHECK_SECONDS, self.recheck_isolation)
        if self.desk.unlocked:
            self.after_unlock()
        else:
            self.push_screen(UnlockScreen(self.desk, self.editor))

    def after_unlock(self) -> None:
        """Show the inbox, and the start document's review on top of it once."""
        self.last_activity = time.monotonic()
        self.switch_to(InboxScreen(self.desk))
        for warning in self.desk.warnings:  # e.g. the vault went back in time: changes refused
            self.notify(warning, severity="warning", timeout=30, markup=False)
        if self.start_document:
            document_id, self.start_document = self.start_document, None
            self.push_screen(ReviewScreen(self.desk, document_id))

    def recheck_isolation(self) -> None:
        """What the start-up probe, or any child started since (intake, scan, release,
        preview), noted as lacking."""
        line = self.desk.isolation_warning()
        if line and line != self.isolation_warning:
            self.isolation_warning = line

    def switch_to(self, screen: Screen[None]) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(screen)

    # Idle lock ---------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(
            event,
            events.Key
            | events.MouseDown
            | events.MouseScrollDown
            | events.MouseScrollUp
            | events.Paste,
        ):
            self.last_activity = time.monotonic()
        await super().on_event(event)

    def lock_when_idle(self) -> None:
        if self.desk.unlocked and time.monotonic() - self.last_activity >= self.idle_seconds:
            self.lock()

    def action_lock(self) -> None:
        self.lock("Locked.")

    def lock(self, reason: str = "Locked after a period of inactivity.") -> None:
        """Drop keys and text and return to the unlock screen; every screen holding text goes.

        A running scan is told to stop after its current document (a thread cannot be
        killed), so the session it holds is released soon after.
        """
        for screen in self.screen_stack:
            if isinstance(screen, InboxScreen):
                screen.cancel.set()
        self.desk.lock()
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(UnlockScreen(self.desk, self.editor, locked=reason))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    # Safety rails ------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> list[SystemCommand]:
        return []  # no screenshot, no theme picker: nothing that writes the screen out

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        self.notify("Screenshots are disabled: they would write document text to a file.")

    def save_screenshot(self, *args: object, **kwargs: object) -> str:
        raise PermissionError("screenshots are disabled in the workstation")

    def copy_to_clipboard(self, text: str) -> None:
        self.notify("Copying is disabled: document text never leaves the workstation.")

    def _handle_exception(self, error: Exception) -> None:
        """One line and a crash id; no traceback, no locals, no message (it may hold text)."""
        self.crash_id = secrets.token_hex(4)
        self._return_code = 70
        self.desk.lock()
        error.__traceback__ = None
        line = (
            f"internal error {self.crash_id} ({type(error).__name__}); decisions made so far "
            "are saved. Please report the crash id."
        )
        # Pre-rendered segments: printed as one line whatever the terminal's width.
        self._exit_renderables.append(Segments([Segment(line)]))
        self._exception_event.set()  # a waiting test pilot stops waiting; nothing is re-raised
        self._close_messages_no_wait()


def launch(desk: Desk, editor: str | None, document_id: str | None) -> int:
    """Run the app on the alternate screen; returns the exit code (70 after a crash)."""
    app = WorkstationApp(desk, editor, document_id)
    app.picture_widget = pictures.probe()  # asks the terminal: before Textual reads it
    app.run()
    return app.return_code or 0
