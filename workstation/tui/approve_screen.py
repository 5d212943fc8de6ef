"""Before an approval is signed: what it signs, in counts, and y to sign or Esc to go back."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class ApproveScreen(ModalScreen[bool]):
    """Dismissed with True only when the editor presses y after reading the summary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "sign", "Sign these decisions", id="sign"),
        Binding("escape,n", "back", "Back without signing", id="back-unsigned"),
    ]

    def __init__(self, document_id: str, lines: list[str]) -> None:
        super().__init__()
        self.document_id = document_id
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(id="approve-box"):
            yield Static(f"Approve the decisions on {self.document_id}?", id="approve-title")
            # Editor names and entity types come from the vault: never read as markup.
            yield Static("\n".join(self.lines), id="approve-summary", markup=False)
            yield Static("y signs these decisions; Esc goes back without signing.")

    def action_sign(self) -> None:
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)
