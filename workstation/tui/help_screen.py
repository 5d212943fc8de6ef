"""Help: every key binding of the screen it was opened from, read from the bindings,
and the screen's legend (what its marks and colours mean) when it has one.

A screen has a legend when it has a ``legend()`` method returning Rich ``Text``; the
text is drawn as it is (never read as markup).
"""

from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static


def binding_rows(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding active on ``screen``, in definition order."""
    rows: dict[str, list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        what = binding.description or binding.action.replace("_", " ")
        rows.setdefault(what, []).append(screen.app.get_key_display(binding) or key)
    return [(" / ".join(dict.fromkeys(keys)), what) for what, keys in rows.items()]


@runtime_checkable
class HasLegend(Protocol):
    def legend(self) -> Text: ...


class HelpScreen(ModalScreen[None]):
    """Generated, so it can never disagree with what the keys really do."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "dismiss", "Close help", id="close-help")
    ]

    def __init__(self, shown: Screen[object]) -> None:
        super().__init__()
        self.shown = shown

    def compose(self) -> ComposeResult:
        yield Static(f"Keys on this screen ({type(self.shown).__name__})", id="help-title")
        table: DataTable[str] = DataTable(id="help-table", cursor_type="row")
        table.add_columns("keys", "what they do")
        for keys, what in binding_rows(self.shown):
            table.add_row(keys, what)
        yield table
        if isinstance(self.shown, HasLegend):
            yield Static(self.shown.legend(), id="help-legend")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
