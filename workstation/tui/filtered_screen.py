"""A screen whose table has a filter box: the inbox and the names overview work alike."""

from __future__ import annotations

from typing import ClassVar

from textual.screen import Screen
from textual.widgets import Input

from workstation.tui.virtual_table import VirtualTable


class FilteredTableScreen(Screen[None]):
    """The filter box (`FILTER_BOX`) opens on the filter key; Enter keeps its text in
    `filter_text`, hides it, gives the table the focus back and redraws (`show`)."""

    FILTER_BOX: ClassVar[str]
    filter_text: str = ""

    def show(self) -> None:
        raise NotImplementedError

    def action_filter(self) -> None:
        box = self.query_one(self.FILTER_BOX, Input)
        box.display = True
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.filter_text = event.value.strip()
        event.input.display = False
        self.query_one(VirtualTable).focus()
        self.show()
