"""The proposal list, filtered by state and entity; built only when asked for."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import OptionList, Select
from textual.widgets.option_list import Option

from workstation.services.review import Review

LIMIT = 2000  # rows shown at once; filters narrow a longer list


class ProposalListScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Close list", id="close-list")
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review

    def compose(self) -> ComposeResult:
        states = [(s, s) for s in ("pending", "accepted", "rejected")]
        entities = [(e, e) for e in self.review.entities()]
        with Horizontal(id="list-filters"):
            yield Select(states, prompt="any state", id="state-filter")
            yield Select(entities, prompt="any entity", id="entity-filter")
        yield OptionList(id="proposal-options")

    def on_mount(self) -> None:
        self.fill()
        self.query_one(OptionList).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.fill()

    def fill(self) -> None:
        state = self.query_one("#state-filter", Select).value
        entity = self.query_one("#entity-filter", Select).value
        options = self.query_one(OptionList)
        options.clear_options()
        rows = [
            p
            for p in self.review.proposals
            if (state is Select.NULL or p.state == state)
            and (entity is Select.NULL or p.entity == entity)
        ]
        options.add_options(
            Option(f"{p.id}  {p.start:>8}  {p.entity:<18} {p.state:<9} {p.score:.2f}", id=p.id)
            for p in rows[:LIMIT]
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
