"""One line at the top of a screen when the confined children are not fully isolated.

The command line prints this warning on stderr; under Textual nobody sees stderr, so
the app starts a probe child once (in a thread of its own) and every two seconds reads
the line any child of this process has noted (no child), and every screen
that starts children shows it here. Hidden while every mechanism holds.
"""

from __future__ import annotations

from textual.widgets import Static


class IsolationNotice(Static):
    """The app's `isolation_warning`, shown as it changes; nothing when it is empty."""

    DEFAULT_CSS = """
    IsolationNotice { height: auto; width: 1fr; padding: 0 1; color: $text-warning;
        background: $warning-muted; }
    """

    def __init__(self) -> None:
        super().__init__("", id="isolation-notice", markup=False)  # a sentence of ours

    def on_mount(self) -> None:
        self.watch(self.app, "isolation_warning", self.show_warning, init=True)

    def show_warning(self, line: str) -> None:
        self.update(f"warning: {line}" if line else "")
        self.display = bool(line)
