"""The preview of a place on a page: where it is in words, and a picture of it where the
terminal can draw one (`tui.pictures`).

The picture is rendered in the confined release child (`Desk.preview`, in a thread
worker: about a second); until it arrives, and on terminals that cannot draw pictures,
the sentence says the page, the quarter and the size of the place.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PIL import Image
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from workstation.services.errors import WorkstationError
from workstation.services.previews import Preview
from workstation.services.ui_facade import Desk

NO_PICTURES = (
    "This terminal cannot draw pictures (Sixel or Kitty's graphics protocol): check the "
    "place in the original on a machine you trust."
)


class PagePreviewScreen(ModalScreen[None]):
    """One proposal's or finding's place on its page."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,o", "close", "Close", id="close-preview"),
    ]

    def __init__(self, desk: Desk, identifier: str, drawing: Any | None) -> None:
        super().__init__()
        self.desk = desk
        self.identifier = identifier
        self.drawing = drawing
        self.shown: Preview | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="page-preview-box"):
            yield Static(
                f"Rendering the page of {self.identifier} in the confined child...",
                id="page-preview-where",
                markup=False,
            )
            yield Static("", id="page-preview-note", markup=False)

    def on_mount(self) -> None:
        self.run_worker(self.render_preview, thread=True, group="page-preview")

    def render_preview(self) -> Preview:
        return self.desk.preview(self.identifier)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "page-preview":
            return
        where = self.query_one("#page-preview-where", Static)
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Preview):
            self.show(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            where.update(
                str(error)
                if isinstance(error, WorkstationError)
                else f"no preview ({type(error).__name__})"
            )

    def show(self, preview: Preview) -> None:
        """The sentence, then the picture or the reason there is none."""
        self.shown = preview
        self.query_one("#page-preview-where", Static).update(
            f"{self.identifier}: {preview.description}"
        )
        note = self.query_one("#page-preview-note", Static)
        if self.drawing is None:
            note.update(NO_PICTURES)
            return
        note.update("The place is outlined in red. Esc closes.")
        picture = Image.frombytes("RGB", (preview.width, preview.height), preview.rgb)
        self.query_one("#page-preview-box").mount(self.drawing(picture, id="page-preview-image"))

    def action_close(self) -> None:
        self.dismiss(None)
